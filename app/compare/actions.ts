"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/permissions";
import { runAsUser } from "@/lib/auth/run-as-user";
import { getDb } from "@/lib/db/client";
import { confirmAlignmentPair, recomputeAlignment, releaseAlignmentPair, setAlignmentPair } from "@/lib/operations/edit-alignment";

export interface AlignmentFormState { ok: boolean; message: string | null }

// The editor should know when re-pairing moved colleagues' annotations.
function withMoved(message: string, { reanchored }: { reanchored: number }): string {
  if (reanchored === 0) return message;
  return `${message} ${reanchored === 1 ? "1 annotation carried between these drafts was" : `${reanchored} annotations carried between these drafts were`} placed again.`;
}

async function asEditor(work: (actor: Actor) => Promise<string>): Promise<AlignmentFormState> {
  const outcome = await runAsUser(work);
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/compare");
  return { ok: true, message: outcome.value };
}

export async function confirmPairAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    await confirmAlignmentPair(getDb(), actor, { pairId: String(form.get("pairId") ?? "") });
    return "Pair confirmed: recomputing will keep it.";
  });
}

export async function releasePairAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    const outcome = await releaseAlignmentPair(getDb(), actor, { pairId: String(form.get("pairId") ?? "") });
    return withMoved("Confirmation removed; the pairing was computed again.", outcome);
  });
}

export async function setPairAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    const outcome = await setAlignmentPair(getDb(), actor, {
      alignmentId: String(form.get("alignmentId") ?? ""),
      from: form.getAll("from").map(String).filter(Boolean),
      to: form.getAll("to").map(String).filter(Boolean),
    });
    return withMoved("Pair saved and confirmed; the other articles were paired again around it.", outcome);
  });
}

export async function recomputeAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    const outcome = await recomputeAlignment(getDb(), actor, { alignmentId: String(form.get("alignmentId") ?? "") });
    return withMoved("Alignment computed again; confirmed pairs were kept.", outcome);
  });
}
