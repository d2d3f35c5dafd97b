"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, type Role } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { createUser } from "@/lib/operations/create-user";
import { InvalidInputError } from "@/lib/operations/errors";
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

async function withActor(form: FormData, work: (actor: ReturnType<typeof actorOf>) => Promise<string>): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again.", values: formValues(form) };
  try {
    const message = await work(actorOf(user));
    revalidatePath("/admin/users");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof ForbiddenError) return { ok: false, message: error.message, values: formValues(form) };
    throw error;
  }
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
