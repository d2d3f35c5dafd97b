"use client";

import { useActionState } from "react";
import { createTagAction, renameTagAction, type TagFormState } from "@/app/tags/actions";

const initial: TagFormState = { ok: false, message: null };
const field = "rounded border border-stone-300 px-2 py-1";

function Message({ state }: { state: TagFormState }) {
  if (!state.message) return null;
  return <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{state.message}</span>;
}

export function CreateTagForm() {
  const [state, action, pending] = useActionState(createTagAction, initial);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <label className="text-sm">
        <span className="mb-1 block font-medium">New tag</span>
        <input name="name" required defaultValue={state.values?.name} className={field} />
      </label>
      <label className="grow text-sm">
        <span className="mb-1 block font-medium">What it covers (optional)</span>
        <input name="description" defaultValue={state.values?.description} className={`${field} w-full`} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1.5 text-white disabled:opacity-60">Add tag</button>
      <Message state={state} />
    </form>
  );
}

export function RenameTagForm({ tag }: { tag: { id: string; name: string; description: string | null } }) {
  const [state, action, pending] = useActionState(renameTagAction, initial);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tagId" value={tag.id} />
      <input name="name" aria-label={`Name of the tag ${tag.name}`} defaultValue={state.values?.name ?? tag.name} required className={field} />
      <input name="description" aria-label={`What ${tag.name} covers`} defaultValue={state.values?.description ?? tag.description ?? ""} className={`${field} grow`} />
      <button type="submit" disabled={pending} className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100">Save</button>
      <Message state={state} />
    </form>
  );
}
