"use client";

import { useActionState, useState } from "react";
import { deleteAnnotationAction, setAnnotationStatusAction, type AnnotationFormState } from "@/app/drafts/[draftId]/annotation-actions";
import type { CurrentAnnotation } from "@/lib/annotations/form-values";
import { ActionMessage } from "./action-message";
import { AnnotationEditor } from "./annotation-editor";
import { HistoryDisclosure } from "./history-disclosure";
import { useWorkspace } from "./workspace-context";

type Props = {
  annotationId: string;
  /** Identifies the annotation to assistive technology: "Edit the annotation on “…”". */
  label: string;
  quote: string;
  status: "OPEN" | "RESOLVED";
  version: number;
  /** Resolve and reopen: any analyst who sees it. */
  canRespond: boolean;
  /**
   * What the edit form starts from, for its author only (edit and delete); null for other readers,
   * whose pages need not carry every annotation's text a second time for the browser.
   */
  editable: CurrentAnnotation | null;
};

const initial: AnnotationFormState = { ok: false, message: null };
const button = "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-60";

function VersionFields({ annotationId, version }: { annotationId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="annotationId" value={annotationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** What one may do with an annotation in the margin, beside reading it. */
export function AnnotationControls({ annotationId, label, quote, status, version, canRespond, editable }: Props) {
  const tags = useWorkspace()?.tags ?? [];
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [statusState, changeStatus, changingStatus] = useActionState(setAnnotationStatusAction, initial);
  const [deleteState, remove, removing] = useActionState(deleteAnnotationAction, initial);

  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap gap-2">
        {canRespond && (
          <form action={changeStatus}>
            <VersionFields annotationId={annotationId} version={version} />
            <input type="hidden" name="status" value={status === "OPEN" ? "RESOLVED" : "OPEN"} />
            <button type="submit" disabled={changingStatus} className={button} aria-label={`${status === "OPEN" ? "Resolve" : "Reopen"} ${label}`}>
              {status === "OPEN" ? "Resolve" : "Reopen"}
            </button>
          </form>
        )}
        {editable && !editing && (
          <button type="button" className={button} onClick={() => setEditing(true)} aria-label={`Edit ${label}`}>Edit</button>
        )}
        {editable && !confirming && (
          <button type="button" className={button} onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>Delete</button>
        )}
      </div>
      <ActionMessage state={statusState} />
      {confirming && (
        <form action={remove} className="flex flex-wrap items-center gap-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm">
          <VersionFields annotationId={annotationId} version={version} />
          <span>Delete this annotation? Readers will no longer see it; its history is kept.</span>
          <button type="submit" disabled={removing} className="rounded bg-red-700 px-2 py-1 text-xs font-medium text-white disabled:opacity-60">Delete annotation</button>
          <button type="button" className={button} onClick={() => setConfirming(false)}>Keep it</button>
        </form>
      )}
      <ActionMessage state={deleteState} />
      {editable && editing && <AnnotationEditor annotationId={annotationId} quote={quote} current={editable} tags={tags} onDone={() => setEditing(false)} />}
      <HistoryDisclosure annotationId={annotationId} />
    </div>
  );
}
