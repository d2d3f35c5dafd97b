"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { confirmAlignmentPair, recomputeAlignment, releaseAlignmentPair, setAlignmentPair } from "@/lib/operations/edit-alignment";
import { InvalidInputError, NotFoundError } from "@/lib/operations/errors";

export interface AlignmentFormState { ok: boolean; message: string | null }

async function asEditor(work: (actor: ReturnType<typeof actorOf>) => Promise<string>): Promise<AlignmentFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const message = await work(actorOf(user));
    revalidatePath("/compare");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof ForbiddenError || error instanceof NotFoundError) return { ok: false, message: error.message };
    throw error;
  }
}

export async function confirmPairAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    await confirmAlignmentPair(getDb(), actor, { pairId: String(form.get("pairId") ?? "") });
    return "Pair confirmed: recomputing will keep it.";
  });
}

export async function releasePairAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    await releaseAlignmentPair(getDb(), actor, { pairId: String(form.get("pairId") ?? "") });
    return "Confirmation removed; the pairing was computed again.";
  });
}

export async function setPairAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    await setAlignmentPair(getDb(), actor, {
      alignmentId: String(form.get("alignmentId") ?? ""),
      from: form.getAll("from").map(String).filter(Boolean),
      to: form.getAll("to").map(String).filter(Boolean),
    });
    return "Pair saved and confirmed; the other articles were paired again around it.";
  });
}

export async function recomputeAction(_: AlignmentFormState, form: FormData): Promise<AlignmentFormState> {
  return asEditor(async (actor) => {
    await recomputeAlignment(getDb(), actor, { alignmentId: String(form.get("alignmentId") ?? "") });
    return "Alignment computed again; confirmed pairs were kept.";
  });
}
