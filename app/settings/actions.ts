"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { createApiToken, revokeApiToken } from "@/lib/operations/api-tokens/api-tokens";
import { InvalidInputError, NotFoundError } from "@/lib/operations/errors";

export interface TokenFormState { ok: boolean; message: string | null; token?: string; name?: string }

async function asUser(work: (actor: ReturnType<typeof actorOf>) => Promise<TokenFormState>): Promise<TokenFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const state = await work(actorOf(user));
    revalidatePath("/settings");
    return state;
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof NotFoundError) return { ok: false, message: error.message };
    throw error;
  }
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
