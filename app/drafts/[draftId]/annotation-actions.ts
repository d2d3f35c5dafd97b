"use server";

import { revalidatePath } from "next/cache";
import { currentAnnotationOf, type AnnotationFormValues, type CurrentAnnotation } from "@/lib/annotations/form-values";
import { revisionChanges, type RevisionChange } from "@/lib/annotations/revision-changes";
import type { Actor } from "@/lib/auth/permissions";
import { runAsUser } from "@/lib/auth/run-as-user";
import { getDb } from "@/lib/db/client";
import { createAnnotation } from "@/lib/operations/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/operations/annotations/delete-annotation";
import { deleteReply } from "@/lib/operations/annotations/delete-reply";
import { editReply } from "@/lib/operations/annotations/edit-reply";
import { getAnnotationHistory } from "@/lib/operations/annotations/get-annotation-history";
import { replyToAnnotation } from "@/lib/operations/annotations/reply-to-annotation";
import { setAnnotationStatus } from "@/lib/operations/annotations/set-annotation-status";
import { StaleEditError } from "@/lib/operations/annotations/stale-edit-error";
import { StaleReplyError } from "@/lib/operations/annotations/stale-reply-error";
import { updateAnnotation } from "@/lib/operations/annotations/update-annotation";
import { InvalidInputError } from "@/lib/operations/errors";
import { richTextToPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { contentFromForm, formText, targetFromForm, valuesFromForm, versionFromForm } from "./annotation-form-data";

export interface AnnotationFormState {
  ok: boolean;
  message: string | null;
  /** What the analyst entered, given back after a refusal so that nothing typed is lost. */
  values?: Partial<AnnotationFormValues>;
  /** After a stale edit: the annotation as it now stands, to start again from. */
  current?: CurrentAnnotation;
  /** The annotation created, so the page can take the analyst to it. */
  annotationId?: string;
}

export interface ReplyFormState {
  ok: boolean;
  message: string | null;
  /** After a stale edit: the reply as it now stands, to start again from. */
  current?: { body: RichTextDoc; version: number };
}

export interface HistoryEntry { version: number; change: string; editor: string | null; at: string; changes: RevisionChange[] }

// Every draft page and every comparison shows annotations; which one changed is not worth trusting from the form.
function refreshAnnotatedPages() {
  revalidatePath("/drafts/[draftId]", "page");
  revalidatePath("/compare");
}

async function asUser(form: FormData, work: (actor: Actor) => Promise<Omit<AnnotationFormState, "ok">>, giveBack = true): Promise<AnnotationFormState> {
  const values = giveBack ? valuesFromForm(form) : undefined;
  const outcome = await runAsUser(work);
  if (!outcome.ok) {
    const current = outcome.error instanceof StaleEditError ? currentAnnotationOf(outcome.error.current) : undefined;
    return { ok: false, message: outcome.error ? outcome.message : `${outcome.message} What you wrote is still here.`, values, current };
  }
  refreshAnnotatedPages();
  return { ok: true, ...outcome.value };
}

// An empty editor is valid rich text; as commentary it says nothing, so it is refused here.
function assertWritten(body: unknown, what: string) {
  if (typeof body === "object" && body !== null && richTextToPlainText(body as RichTextDoc).trim() === "") throw new InvalidInputError(`Write the ${what} first.`);
}

export async function createAnnotationAction(_: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  return asUser(form, async (actor) => {
    const content = contentFromForm(form);
    assertWritten(content.body, "annotation");
    const created = await createAnnotation(getDb(), actor, { ...content, target: targetFromForm(form) });
    return { message: "Annotation saved.", annotationId: created.id };
  });
}

export async function updateAnnotationAction(_: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  return asUser(form, async (actor) => {
    const content = contentFromForm(form);
    assertWritten(content.body, "annotation");
    const updated = await updateAnnotation(getDb(), actor, { ...content, ...versionFromForm(form) });
    return { message: "Changes saved.", annotationId: updated.id };
  });
}

export async function deleteAnnotationAction(_: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  return asUser(form, async (actor) => {
    await deleteAnnotation(getDb(), actor, versionFromForm(form));
    return { message: "Annotation deleted." };
  }, false);
}

export async function setAnnotationStatusAction(_: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  return asUser(form, async (actor) => {
    const status = formText(form, "status") === "RESOLVED" ? "RESOLVED" : "OPEN";
    await setAnnotationStatus(getDb(), actor, { ...versionFromForm(form), status });
    return { message: status === "RESOLVED" ? "Marked as resolved." : "Reopened." };
  }, false);
}

export async function replyAction(_: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  return asUser(form, async (actor) => {
    const body = contentFromForm(form).body;
    assertWritten(body, "reply");
    await replyToAnnotation(getDb(), actor, { annotationId: formText(form, "annotationId"), body });
    return { message: "Reply posted." };
  });
}

function replyFromForm(form: FormData) {
  return { replyId: formText(form, "replyId"), version: Number(formText(form, "version")) };
}

async function onReply(work: (actor: Actor) => Promise<string>): Promise<ReplyFormState> {
  const outcome = await runAsUser(work);
  if (!outcome.ok) {
    const current = outcome.error instanceof StaleReplyError ? { body: outcome.error.current.body as RichTextDoc, version: outcome.error.current.version } : undefined;
    return { ok: false, message: outcome.message, current };
  }
  refreshAnnotatedPages();
  return { ok: true, message: outcome.value };
}

export async function editReplyAction(_: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  return onReply(async (actor) => {
    const body = contentFromForm(form).body;
    assertWritten(body, "reply");
    await editReply(getDb(), actor, { ...replyFromForm(form), body });
    return "Reply changed.";
  });
}

export async function deleteReplyAction(_: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  return onReply(async (actor) => {
    await deleteReply(getDb(), actor, replyFromForm(form));
    return "Reply deleted.";
  });
}

/** The annotation's revisions, loaded when the analyst opens its history. */
export async function annotationHistoryAction(annotationId: string): Promise<HistoryEntry[] | { error: string }> {
  const outcome = await runAsUser((actor) => getAnnotationHistory(getDb(), actor, annotationId));
  if (!outcome.ok) return { error: outcome.message };
  return outcome.value.map((r, i, all) => ({
    version: r.version,
    change: r.change,
    editor: r.editor?.name ?? null,
    at: r.createdAt.toISOString(),
    changes: i > 0 ? revisionChanges(all[i - 1]!.snapshot, r.snapshot) : [],
  }));
}
