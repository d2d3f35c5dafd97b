"use client";

import { useActionState } from "react";
import { createUserAction, type FormState } from "@/app/admin/users/actions";
import { ROLES } from "@/lib/auth/permissions";

const initial: FormState = { ok: false, message: null };
const field = "w-full rounded border border-stone-300 px-3 py-2";

export function CreateUserForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createUserAction, initial);
  const values = state.values;
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <div>
        <label htmlFor="new-name" className="mb-1 block text-sm font-medium">Name</label>
        <input id="new-name" name="name" required defaultValue={values?.name} className={field} />
      </div>
      <div>
        <label htmlFor="new-email" className="mb-1 block text-sm font-medium">Email</label>
        <input id="new-email" name="email" type="email" required defaultValue={values?.email} className={field} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="new-organization" className="mb-1 block text-sm font-medium">Organisation</label>
          <select id="new-organization" name="organizationId" required defaultValue={values?.organizationId} className={field}>
            {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="new-role" className="mb-1 block text-sm font-medium">Role</label>
          <select id="new-role" name="role" defaultValue={values?.role ?? "ANALYST"} className={field}>
            {ROLES.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="new-password" className="mb-1 block text-sm font-medium">Initial password</label>
        <input id="new-password" name="password" type="text" autoComplete="off" required defaultValue={values?.password} className={field} />
      </div>
      {state.message && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{state.message}</p>}
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}
