"use client";

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from "react";
import { createAnnotationAction, updateAnnotationAction, type AnnotationFormState } from "@/app/drafts/[draftId]/annotation-actions";
import { RichTextEditor } from "@/components/rich-text/rich-text-editor";
import { RichTextView } from "@/components/rich-text/rich-text-view";
import type { AnnotationFormValues, CurrentAnnotation } from "@/lib/annotations/form-values";
import { SourceFields, StanceChoice, TagChecklist, VisibilityChoice } from "./annotation-fields";
import { ProposedTextField } from "./proposed-text-field";
import type { SelectionTarget } from "./read-selection";
import type { TagOption } from "./workspace-context";

export type AnnotationFormMode =
  | { kind: "create"; target: SelectionTarget }
  | { kind: "edit"; annotationId: string; version: number };

type Props = {
  mode: AnnotationFormMode;
  /** The selected words, shown above the form and the base of the proposed amendment's redline. */
  quote: string;
  initial: AnnotationFormValues;
  tags: TagOption[];
  onSaved: (state: AnnotationFormState) => void;
  onCancel: () => void;
  /** After a stale edit: start again from the annotation as it now stands. */
  onRestart?: (current: CurrentAnnotation) => void;
};

const initialState: AnnotationFormState = { ok: false, message: null };

function TargetFields({ target }: { target: SelectionTarget }) {
  const fields = { draftId: target.draftId, provisionId: target.provisionId, start: target.start, end: target.end, exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix };
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** One form for a new annotation and for an edit: the same fields, checked by the same schemas on the server. */
export function AnnotationForm({ mode, quote, initial, tags, onSaved, onCancel, onRestart }: Props) {
  const [state, dispatch, pending] = useActionState(mode.kind === "create" ? createAnnotationAction : updateAnnotationAction, initialState);
  const idPrefix = useId();

  // Each saved result is reported once, however often the parent renders.
  const reported = useRef<AnnotationFormState | null>(null);
  useEffect(() => {
    if (!state.ok || reported.current === state) return;
    reported.current = state;
    onSaved(state);
  }, [state, onSaved]);

  // Posted from here rather than through <form action>: React resets a form after its action,
  // and a refused annotation must keep every field as the analyst left it.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={pending}>
      {mode.kind === "create" ? <TargetFields target={mode.target} /> : (
        <>
          <input type="hidden" name="annotationId" value={mode.annotationId} />
          <input type="hidden" name="version" value={mode.version} />
        </>
      )}
      <figure>
        <figcaption className="mb-1 text-sm font-medium">Selected words</figcaption>
        <blockquote dir="auto" className="legal-text rounded border-s-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm">{quote}</blockquote>
      </figure>
      <RichTextEditor name="body" label="Annotation" value={initial.body} />
      <TagChecklist tags={tags} chosen={initial.tags} />
      <StanceChoice value={initial.stance} />
      <SourceFields kind={initial.sourceKind} organization={initial.sourceOrganization} idPrefix={idPrefix} />
      <ProposedTextField quote={quote} initial={initial.proposedText} />
      <VisibilityChoice value={initial.visibility} />
      {state.message && !state.ok && (
        <div role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{state.message}</p>
          {state.current && onRestart && (
            <div className="mt-2 text-stone-900">
              <p className="font-medium">The annotation now reads:</p>
              <RichTextView doc={state.current.body} className="my-2 rounded border border-stone-200 bg-white px-3 py-2" />
              <button type="button" onClick={() => onRestart(state.current!)} className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
                Start again from the current text
              </button>
            </div>
          )}
        </div>
      )}
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {pending ? "Saving…" : mode.kind === "create" ? "Save annotation" : "Save changes"}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-300 px-4 py-2 text-sm hover:bg-stone-100">Cancel</button>
      </div>
    </form>
  );
}
