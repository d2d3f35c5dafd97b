"use client";

import { useActionState } from "react";
import { createSubmissionAction, type NewSubmissionState } from "@/app/submissions/actions";

const field = "rounded border border-stone-300 px-2 py-1";

export function NewSubmissionForm({ drafts, draftId }: { drafts: { id: string; label: string }[]; draftId?: string }) {
  const [state, action, pending] = useActionState<NewSubmissionState, FormData>(createSubmissionAction, { message: null });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4" aria-label="New submission">
      <label className="text-sm">
        <span className="mb-1 block font-medium">Draft</span>
        <select name="draftId" defaultValue={state.values?.draftId ?? draftId ?? drafts[0]?.id} className={field} required>
          {drafts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
        </select>
      </label>
      <label className="grow text-sm">
        <span className="mb-1 block font-medium">Title</span>
        <input name="title" required maxLength={300} defaultValue={state.values?.title} placeholder="Joint submission on the revised draft" className={`${field} w-full`} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1.5 text-white disabled:opacity-60">{pending ? "Creating…" : "Create submission"}</button>
      {state.message && <p role="alert" className="w-full text-sm text-red-700">{state.message}</p>}
    </form>
  );
}
