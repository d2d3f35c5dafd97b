"use client";

import { useActionState } from "react";
import { setMemberRoleAction, type FormState } from "@/app/admin/users/actions";
import { ROLES, type Role } from "@/lib/auth/permissions";

const initial: FormState = { ok: false, message: null };

export function MemberRoleForm({ membershipId, organization, role, person }: { membershipId: string; organization: string; role: Role; person: string }) {
  const [state, action, pending] = useActionState(setMemberRoleAction, initial);
  const id = `role-${membershipId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id}>{organization}</label>
      <select id={id} name="role" defaultValue={role} aria-label={`Role of ${person} in ${organization}`} className="rounded border border-stone-300 px-2 py-1">
        {ROLES.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">Save</button>
      {state.message && <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-700"}>{state.message}</span>}
    </form>
  );
}
