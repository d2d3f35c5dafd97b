"use client";

import { useActionState } from "react";
import { confirmPairAction, releasePairAction, setPairAction, type AlignmentFormState } from "@/app/compare/actions";
import { useReportedAction } from "./alignment-notice";

const initial: AlignmentFormState = { ok: false, message: null };

export interface ArticleOption { id: string; name: string }

function Message({ state }: { state: AlignmentFormState }) {
  if (!state.message) return null;
  return <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{state.message}</p>;
}

function ArticleSelect({ name, side, chosen, options, label }: { name: string; side: "Earlier" | "Later"; chosen: string[]; options: ArticleOption[]; label: string }) {
  return (
    <label className="block">
      <span className="mb-1 block font-medium">{side} draft: article(s)</span>
      <select name={name} multiple defaultValue={chosen} aria-label={`${side} articles of ${label}`} className="h-32 w-full rounded border border-stone-300">
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
    </label>
  );
}

/** An editor's controls under a pair: confirm it, release it, or pair other articles. */
export function PairEditor(props: {
  alignmentId: string;
  pairId: string;
  confirmed: boolean;
  from: string[];
  to: string[];
  fromOptions: ArticleOption[];
  toOptions: ArticleOption[];
  label: string;
}) {
  // Confirming keeps the pair as it is, so its message can stay here; the others re-pair.
  const release = useReportedAction(releasePairAction);
  const [confirmState, confirm, confirming] = useActionState(props.confirmed ? release : confirmPairAction, initial);
  const [setState, save, saving] = useActionState(useReportedAction(setPairAction), initial);
  return (
    <details className="border-t border-stone-100 px-4 py-2 text-sm">
      <summary className="cursor-pointer text-blue-800">Correct this pair</summary>
      <div className="mt-3 space-y-4">
        <form action={confirm} className="flex items-center gap-3">
          <input type="hidden" name="pairId" value={props.pairId} />
          <button type="submit" disabled={confirming} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100">
            {props.confirmed ? "Remove confirmation" : "Confirm this pair"}
          </button>
          <Message state={confirmState} />
        </form>
        <form action={save} className="space-y-2">
          <input type="hidden" name="alignmentId" value={props.alignmentId} />
          <div className="grid gap-3 sm:grid-cols-2">
            <ArticleSelect name="from" side="Earlier" chosen={props.from} options={props.fromOptions} label={props.label} />
            <ArticleSelect name="to" side="Later" chosen={props.to} options={props.toOptions} label={props.label} />
          </div>
          <p className="text-stone-600">One with several is a split, several with one a merge, one side empty an added or dropped article. The pair is saved as confirmed.</p>
          <button type="submit" disabled={saving} className="rounded bg-blue-800 px-3 py-1 text-white disabled:opacity-60">Save pair</button>
          <Message state={setState} />
        </form>
      </div>
    </details>
  );
}
