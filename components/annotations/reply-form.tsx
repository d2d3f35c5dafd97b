"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { replyAction, type AnnotationFormState } from "@/app/drafts/[draftId]/annotation-actions";
import { RichTextEditor } from "@/components/rich-text/rich-text-editor";
import { ActionMessage } from "./action-message";

// `round` counts posted replies: a new editor after each one is the simplest way to an empty one.
type ReplyState = AnnotationFormState & { round: number };
const initial: ReplyState = { ok: false, message: null, round: 0 };

async function postReply(previous: ReplyState, form: FormData): Promise<ReplyState> {
  const result = await replyAction(previous, form);
  return { ...result, round: previous.round + (result.ok ? 1 : 0) };
}

const secondary = "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-100";

/**
 * A reply in the annotation's thread. The editor opens on request: a page lists hundreds of
 * annotations, and an editor for each made it heavy to send and to start. It empties once the
 * reply is posted, not before, and stays open for the next one.
 */
export function ReplyForm({ annotationId, label }: { annotationId: string; label: string }) {
  // Closed: not yet opened, or closed by its Close button, after which the focus returns to Reply.
  const [open, setOpen] = useState<boolean | "closed">(false);
  const [state, dispatch, pending] = useActionState(postReply, initial);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };

  if (open !== true) {
    return (
      <div className="mt-3 space-y-2">
        <button type="button" onClick={() => setOpen(true)} autoFocus={open === "closed"} className={secondary} aria-label={`Reply to ${label}`}>Reply</button>
        <ActionMessage state={state} />
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="mt-3 space-y-2" aria-label={`Reply to ${label}`}>
      <input type="hidden" name="annotationId" value={annotationId} />
      <RichTextEditor key={state.round} name="body" label="Reply" autoFocus />
      <ActionMessage state={state} />
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1 text-xs font-medium text-white disabled:opacity-60">
          {pending ? "Posting…" : "Post reply"}
        </button>
        <button type="button" onClick={() => setOpen("closed")} className={secondary}>Close</button>
      </div>
    </form>
  );
}
