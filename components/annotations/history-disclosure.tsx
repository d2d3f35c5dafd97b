"use client";

import { useState, useTransition } from "react";
import { annotationHistoryAction, type HistoryEntry } from "@/app/drafts/[draftId]/annotation-actions";
import { DiffText } from "@/components/compare/diff-text";
import type { RevisionChange } from "@/lib/annotations/revision-changes";

const CHANGE_WORDS: Record<string, string> = {
  CREATED: "Created",
  EDITED: "Edited",
  RESOLVED: "Resolved",
  REOPENED: "Reopened",
  DELETED: "Deleted",
  REPLIED: "Replied",
  CARRIED_FORWARD: "Carried forward to a new draft",
  REANCHORED: "Placed again after the drafts were re-paired",
  REPLY_EDITED: "Reply edited",
  REPLY_DELETED: "Reply deleted",
};

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** What one revision changed: the words as a redline, the choices as before → after. */
function ChangeList({ changes }: { changes: RevisionChange[] }) {
  return (
    <dl className="mt-1 space-y-0.5 border-s-2 border-stone-200 ps-2">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="inline font-medium">{change.field}: </dt>
          <dd dir="auto" className="inline">
            {"ops" in change ? <DiffText ops={change.ops} side="inline" /> : <>{change.before || "none"} → {change.after || "none"}</>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The annotation's revisions, fetched when the reader opens the disclosure rather than for every card. */
export function HistoryDisclosure({ annotationId }: { annotationId: string }) {
  const [history, setHistory] = useState<HistoryEntry[] | { error: string } | null>(null);
  const [loading, startLoading] = useTransition();

  const onToggle = (open: boolean) => {
    if (!open) return;
    // Loaded again on each opening: the annotation may have changed since.
    startLoading(async () => setHistory(await annotationHistoryAction(annotationId)));
  };

  return (
    <details onToggle={(event) => onToggle(event.currentTarget.open)} className="text-xs">
      <summary className="cursor-pointer text-blue-800">History</summary>
      <div aria-live="polite" aria-busy={loading} className="mt-2">
        {history === null ? (
          <p className="text-stone-600">Loading…</p>
        ) : "error" in history ? (
          <p role="alert" className="text-red-700">{history.error}</p>
        ) : (
          <ol className="space-y-1">
            {history.map((entry) => (
              <li key={`${entry.version}-${entry.change}-${entry.at}`} className="text-stone-700">
                <span className="font-medium">{CHANGE_WORDS[entry.change] ?? entry.change}</span>
                {" by "}{entry.editor ?? "the system"}{", "}
                <time dateTime={entry.at}>{WHEN.format(new Date(entry.at))}</time>
                <span className="text-stone-500"> · version {entry.version}</span>
                {entry.changes.length > 0 && <ChangeList changes={entry.changes} />}
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
