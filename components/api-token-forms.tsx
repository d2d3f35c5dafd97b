"use client";

import { useActionState } from "react";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "@/app/settings/actions";

const initial: TokenFormState = { ok: false, message: null };

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, initial);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <label htmlFor="token-name" className="block text-sm font-medium">Token name</label>
      <div className="flex gap-2">
        <input id="token-name" name="name" required defaultValue={state.name} placeholder="e.g. submission script" className="w-full rounded border border-stone-300 px-3 py-2" />
        <button type="submit" disabled={pending} className="whitespace-nowrap rounded bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60">Create token</button>
      </div>
      {state.message && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{state.message}</p>}
      {state.token && (
        <p className="break-all rounded bg-stone-100 p-3 font-mono text-sm" aria-label="New API token">{state.token}</p>
      )}
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, initial);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} aria-label={`Revoke ${name}`} className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100">Revoke</button>
      {state.message && !state.ok && <span role="alert" className="ms-2 text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
