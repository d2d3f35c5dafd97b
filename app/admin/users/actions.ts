"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { createUser } from "@/lib/operations/create-user";
import { InvalidInputError } from "@/lib/operations/errors";
import { setMemberRole } from "@/lib/operations/set-member-role";

export interface FormState { ok: boolean; message: string | null }

async function withActor(work: (actor: ReturnType<typeof actorOf>) => Promise<string>): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const message = await work(actorOf(user));
    revalidatePath("/admin/users");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof ForbiddenError) return { ok: false, message: error.message };
    throw error;
  }
}

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  return withActor(async (actor) => {
    const user = await createUser(getDb(), actor, {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      organizationId: String(form.get("organizationId") ?? ""),
      role: String(form.get("role") ?? "") as never,
      password: String(form.get("password") ?? ""),
    });
    return `Created ${user.email}. Give them the initial password by a secure channel.`;
  });
}

export async function setMemberRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  return withActor(async (actor) => {
    const membership = await setMemberRole(getDb(), actor, {
      membershipId: String(form.get("membershipId") ?? ""),
      role: String(form.get("role") ?? "") as never,
    });
    return `Role changed to ${membership.role.toLowerCase()}.`;
  });
}
