"use client";

import { useActionState, useState } from "react";
import { deleteReplyAction, editReplyAction, type ReplyFormState } from "@/app/drafts/[draftId]/annotation-actions";
import { RichTextEditor } from "@/components/rich-text/rich-text-editor";
import { RichTextView } from "@/components/rich-text/rich-text-view";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { ActionMessage } from "./action-message";

type Props = {
  replyId: string;
  version: number;
  body: RichTextDoc;
  /** Identifies the reply to assistive technology: "Edit your reply of 3 Dec 2026". */
  label: string;
};

const initial: ReplyFormState = { ok: false, message: null };
const button = "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-60";

/**
 * Its author's controls under a reply: rewrite it or delete it. A stale edit keeps what the
 * author wrote in the editor and shows the reply as it now stands; saving again replaces it.
 */
export function ReplyControls({ replyId, version, body, label }: Props) {
  const [mode, setMode] = useState<"reading" | "editing" | "deleting">("reading");
  const [editState, edit, saving] = useActionState(async (state: ReplyFormState, form: FormData) => {
    const outcome = await editReplyAction(state, form);
    if (outcome.ok) setMode("reading");
    return outcome;
  }, initial);
  const [deleteState, remove, removing] = useActionState(deleteReplyAction, initial);
  // After a stale edit, saving again is based on the version the author has now seen.
  const basedOn = editState.current?.version ?? version;

  return (
    <div className="mt-1 space-y-2">
      {mode === "reading" && (
        <div className="flex gap-2">
          <button type="button" className={button} onClick={() => setMode("editing")} aria-label={`Edit ${label}`}>Edit</button>
          <button type="button" className={button} onClick={() => setMode("deleting")} aria-label={`Delete ${label}`}>Delete</button>
        </div>
      )}
      {mode === "editing" && (
        <form action={edit} className="space-y-2" aria-label={`Edit ${label}`}>
          <input type="hidden" name="replyId" value={replyId} />
          <input type="hidden" name="version" value={basedOn} />
          <RichTextEditor name="body" label="Reply" value={body} autoFocus />
          <ActionMessage state={editState} />
          {editState.current && (
            <div className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
              <p className="text-xs font-medium uppercase tracking-wide text-stone-600">The reply as it now stands</p>
              <RichTextView doc={editState.current.body} />
            </div>
          )}
          <div className="flex gap-2">
            <button type="submit" disabled={saving} className="rounded bg-blue-800 px-3 py-1 text-xs font-medium text-white disabled:opacity-60">
              {saving ? "Saving…" : "Save reply"}
            </button>
            <button type="button" className={button} onClick={() => setMode("reading")}>Cancel</button>
          </div>
        </form>
      )}
      {mode === "deleting" && (
        <form action={remove} className="flex flex-wrap items-center gap-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm">
          <input type="hidden" name="replyId" value={replyId} />
          <input type="hidden" name="version" value={version} />
          <span>Delete this reply? Readers will no longer see it; its words are kept in the annotation&apos;s history.</span>
          <button type="submit" disabled={removing} className="rounded bg-red-700 px-2 py-1 text-xs font-medium text-white disabled:opacity-60">Delete reply</button>
          <button type="button" className={button} onClick={() => setMode("reading")}>Keep it</button>
        </form>
      )}
      <ActionMessage state={deleteState} />
    </div>
  );
}
