"use server";

import { revalidatePath } from "next/cache";
import type { Actor, Role } from "@/lib/auth/permissions";
import { runAsUser } from "@/lib/auth/run-as-user";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/operations/create-user";
import { setMemberRole } from "@/lib/operations/set-member-role";

export interface FormState {
  ok: boolean;
  message: string | null;
  /** What the user entered, given back after a refusal so that nothing typed is lost. */
  values?: Record<string, string>;
}

function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
}

async function withActor(form: FormData, work: (actor: Actor) => Promise<string>): Promise<FormState> {
  const outcome = await runAsUser(work);
  if (!outcome.ok) return { ok: false, message: outcome.message, values: formValues(form) };
  revalidatePath("/admin/users");
  return { ok: true, message: outcome.value };
}

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  return withActor(form, async (actor) => {
    const user = await createUser(getDb(), actor, {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      organizationId: String(form.get("organizationId") ?? ""),
      role: String(form.get("role") ?? "") as Role,
      password: String(form.get("password") ?? ""),
    });
    return `Created ${user.email}. Give them the initial password by a secure channel.`;
  });
}

export async function setMemberRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  return withActor(form, async (actor) => {
    const membership = await setMemberRole(getDb(), actor, {
      membershipId: String(form.get("membershipId") ?? ""),
      role: String(form.get("role") ?? "") as Role,
    });
    return `Role changed to ${membership.role.toLowerCase()}.`;
  });
}
