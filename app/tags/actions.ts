"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { InvalidInputError, NotFoundError } from "@/lib/operations/errors";
import { createTag, renameTag } from "@/lib/operations/tags/manage-tags";

export interface TagFormState { ok: boolean; message: string | null; values?: { name: string; description: string } }

async function asEditor(form: FormData, work: (actor: ReturnType<typeof actorOf>) => Promise<string>): Promise<TagFormState> {
  const values = { name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") };
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again.", values };
  try {
    const message = await work(actorOf(user));
    revalidatePath("/tags");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof ForbiddenError || error instanceof NotFoundError) return { ok: false, message: error.message, values };
    throw error;
  }
}

export async function createTagAction(_: TagFormState, form: FormData): Promise<TagFormState> {
  return asEditor(form, async (actor) => {
    const tag = await createTag(getDb(), actor, { name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") });
    return `Tag “${tag.name}” added.`;
  });
}

export async function renameTagAction(_: TagFormState, form: FormData): Promise<TagFormState> {
  return asEditor(form, async (actor) => {
    await renameTag(getDb(), actor, { tagId: String(form.get("tagId") ?? ""), name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") });
    return "Saved.";
  });
}
