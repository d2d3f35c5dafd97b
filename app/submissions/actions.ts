"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAsUser } from "@/lib/auth/run-as-user";
import { getDb } from "@/lib/db/client";
import { createSubmission } from "@/lib/operations/submissions/create-submission";
import { deleteSubmission } from "@/lib/operations/submissions/delete-submission";
import { saveSubmission } from "@/lib/operations/submissions/save-submission";
import type { SaveSubmissionInput } from "@/lib/operations/submissions/submission.schema";

export interface NewSubmissionState { message: string | null; values?: { draftId: string; title: string } }

export async function createSubmissionAction(_: NewSubmissionState, form: FormData): Promise<NewSubmissionState> {
  const values = { draftId: String(form.get("draftId") ?? ""), title: String(form.get("title") ?? "") };
  const outcome = await runAsUser((actor) => createSubmission(getDb(), actor, values));
  if (!outcome.ok) return { message: outcome.message, values };
  redirect(`/submissions/${outcome.value.id}`);
}

/** Saves the builder's state; the new version, or why it was refused (a colleague's newer save among the reasons). */
export type SaveOutcome = { ok: true; version: number } | { ok: false; message: string };

export async function saveSubmissionAction(input: SaveSubmissionInput): Promise<SaveOutcome> {
  const outcome = await runAsUser((actor) => saveSubmission(getDb(), actor, input));
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath(`/submissions/${input.submissionId}`);
  revalidatePath("/submissions");
  return { ok: true, version: outcome.value.version };
}

export async function deleteSubmissionAction(input: { submissionId: string; version: number }): Promise<{ ok: false; message: string }> {
  const outcome = await runAsUser((actor) => deleteSubmission(getDb(), actor, input));
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/submissions");
  redirect("/submissions");
}
