"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/permissions";
import { runAsUser } from "@/lib/auth/run-as-user";
import { getDb } from "@/lib/db/client";
import { createApiToken, revokeApiToken } from "@/lib/operations/api-tokens/api-tokens";

export interface TokenFormState { ok: boolean; message: string | null; token?: string; name?: string }

async function asUser(work: (actor: Actor) => Promise<TokenFormState>): Promise<TokenFormState> {
  const outcome = await runAsUser(work);
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/settings");
  return outcome.value;
}

export async function createTokenAction(_: TokenFormState, form: FormData): Promise<TokenFormState> {
  const name = String(form.get("name") ?? "");
  return asUser(async (actor) => {
    const created = await createApiToken(getDb(), actor, { name });
    return { ok: true, message: "Copy the token now: it will not be shown again.", token: created.token };
  }).then((state) => (state.ok ? state : { ...state, name }));
}

export async function revokeTokenAction(_: TokenFormState, form: FormData): Promise<TokenFormState> {
  return asUser(async (actor) => {
    await revokeApiToken(getDb(), actor, { tokenId: String(form.get("tokenId") ?? "") });
    return { ok: true, message: "Token revoked." };
  });
}
