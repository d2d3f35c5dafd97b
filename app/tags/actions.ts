"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/permissions";
import { runAsUser } from "@/lib/auth/run-as-user";
import { getDb } from "@/lib/db/client";
import { createTag, renameTag } from "@/lib/operations/tags/manage-tags";

export interface TagFormState { ok: boolean; message: string | null; values?: { name: string; description: string } }

async function asEditor(form: FormData, work: (actor: Actor) => Promise<string>): Promise<TagFormState> {
  const outcome = await runAsUser(work);
  if (!outcome.ok) return { ok: false, message: outcome.message, values: { name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") } };
  revalidatePath("/tags");
  return { ok: true, message: outcome.value };
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
