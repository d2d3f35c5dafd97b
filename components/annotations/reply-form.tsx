"use client";

import { startTransition, useActionState, type FormEvent } from "react";
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

/** A reply in the annotation's thread; the editor empties once the reply is posted, not before. */
export function ReplyForm({ annotationId, label }: { annotationId: string; label: string }) {
  const [state, dispatch, pending] = useActionState(postReply, initial);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };

  return (
    <form onSubmit={submit} className="mt-3 space-y-2" aria-label={`Reply to ${label}`}>
      <input type="hidden" name="annotationId" value={annotationId} />
      <RichTextEditor key={state.round} name="body" label="Reply" />
      <ActionMessage state={state} />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1 text-xs font-medium text-white disabled:opacity-60">
        {pending ? "Posting…" : "Post reply"}
      </button>
    </form>
  );
}
