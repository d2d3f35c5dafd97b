"use client";

import { useEffect, useMemo, useState, useTransition } from "react";
import { deleteSubmissionAction, saveSubmissionAction } from "@/app/submissions/actions";
import type { SubmissionCandidate } from "@/lib/operations/submissions/list-submission-candidates";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { moveItem } from "@/lib/submissions/filter-candidates";
import { CandidatePicker } from "./candidate-picker";
import { ExportPanel } from "./export-panel";
import { IncludedItems } from "./included-items";
import { SubmissionDetails, type SubmissionDetailsValue } from "./submission-details";

export interface BuilderSubmission {
  id: string;
  version: number;
  title: string;
  signatories: string[];
  introduction: RichTextDoc | null;
  /** The annotations in it that the user may see, in order, those no longer found in the draft too. */
  itemIds: string[];
  /** How many more are in it that the user may not see. */
  hiddenCount: number;
}

const isEmptyDoc = (doc: RichTextDoc | null) => !doc || doc.content.every((block) => block.type === "paragraph" && !("content" in block && block.content?.length));

export function SubmissionBuilder({ submission, candidates, editable }: { submission: BuilderSubmission; candidates: SubmissionCandidate[]; editable: boolean }) {
  const [details, setDetails] = useState<SubmissionDetailsValue>({ title: submission.title, signatories: submission.signatories.join("\n"), introduction: submission.introduction });
  const [ids, setIds] = useState(submission.itemIds);
  const [version, setVersion] = useState(submission.version);
  const [unsaved, setUnsaved] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  // Orphaned annotations are listed only because the submission holds them: none is offered to add.
  const addable = useMemo(() => candidates.filter((c) => c.placed), [candidates]);
  const items = ids.flatMap((id) => byId.get(id) ?? []);

  // Leaving with unsaved changes asks first: picking and ordering can take an afternoon.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setUnsaved(true);
    setMessage(null);
  };
  const save = () =>
    startTransition(async () => {
      const outcome = await saveSubmissionAction({
        submissionId: submission.id,
        version,
        title: details.title,
        signatories: details.signatories.split("\n"),
        introduction: isEmptyDoc(details.introduction) ? null : details.introduction,
        annotationIds: ids,
      });
      if (!outcome.ok) return setMessage({ ok: false, text: outcome.message });
      setVersion(outcome.version);
      setUnsaved(false);
      setMessage({ ok: true, text: "Saved." });
    });
  const remove = () => {
    if (!window.confirm("Delete this submission? Its annotations stay on the draft.")) return;
    startTransition(async () => {
      const outcome = await deleteSubmissionAction({ submissionId: submission.id, version });
      if (outcome && !outcome.ok) setMessage({ ok: false, text: outcome.message });
    });
  };

  return (
    <div className="grid gap-6">
      {editable && <SubmissionDetails value={details} onChange={change(setDetails)} />}
      {editable && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={save} disabled={pending || !unsaved} className="rounded bg-blue-800 px-4 py-1.5 text-white disabled:opacity-50">
            {pending ? "Saving…" : unsaved ? "Save submission" : "Saved"}
          </button>
          {unsaved && <span className="text-sm text-amber-800">Unsaved changes</span>}
          {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{message.text}</p>}
          <button type="button" onClick={remove} disabled={pending} className="ms-auto rounded border border-red-300 px-3 py-1 text-sm text-red-800 hover:bg-red-50">Delete submission</button>
        </div>
      )}
      <div className="grid gap-6 xl:grid-cols-2">
        <IncludedItems
          items={items}
          hiddenCount={submission.hiddenCount}
          editable={editable}
          onMove={(index, step) => change(setIds)(moveItem(ids, index, step))}
          onRemove={(id) => change(setIds)(ids.filter((other) => other !== id))}
        />
        {editable && <CandidatePicker candidates={addable} included={new Set(ids)} onAdd={(added) => change(setIds)([...ids, ...added])} />}
      </div>
      <ExportPanel submissionId={submission.id} unsaved={unsaved} itemCount={items.length} />
    </div>
  );
}
