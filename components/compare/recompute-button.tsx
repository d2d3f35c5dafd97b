"use client";

import { useActionState } from "react";
import { recomputeAction, type AlignmentFormState } from "@/app/compare/actions";
import { useReportedAction } from "./alignment-notice";

export function RecomputeButton({ alignmentId }: { alignmentId: string }) {
  const [state, action, pending] = useActionState(useReportedAction(recomputeAction), { ok: false, message: null } as AlignmentFormState);
  return (
    <form action={action} className="flex items-center gap-2 text-sm">
      <input type="hidden" name="alignmentId" value={alignmentId} />
      <button type="submit" disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100">
        {pending ? "Recomputing…" : "Recompute alignment"}
      </button>
      {state.message && <span role="alert" className="text-red-700">{state.message}</span>}
    </form>
  );
}
