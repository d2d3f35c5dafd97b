import { z } from "zod";
import { newApiToken } from "../../auth/api-token";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { InvalidInputError, NotFoundError, parseInput } from "../errors";

export const createApiTokenSchema = z.object({ name: z.string().trim().min(1, "Name the token, e.g. “submission script”.").max(100) });

function userOf(actor: Actor): string {
  if (actor.kind !== "user") throw new InvalidInputError("API tokens belong to users.");
  return actor.id;
}

/** A new personal token: its value is returned this once and never stored. */
export async function createApiToken(db: Db, actor: Actor, input: { name: string }) {
  const { name } = parseInput(createApiTokenSchema, input);
  const { token, hash } = newApiToken();
  const created = await db.apiToken.create({ data: { userId: userOf(actor), name, tokenHash: hash } });
  return { id: created.id, name: created.name, token };
}

export function listApiTokens(db: Db, actor: Actor) {
  return db.apiToken.findMany({ where: { userId: userOf(actor), revokedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, createdAt: true, lastUsedAt: true } });
}

export async function revokeApiToken(db: Db, actor: Actor, input: { tokenId: string }) {
  const { count } = await db.apiToken.updateMany({ where: { id: input.tokenId, userId: userOf(actor), revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new NotFoundError("That token does not exist or was already revoked.");
}
