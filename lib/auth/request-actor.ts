import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { getDb } from "../db/client";
import { actorOf, getSessionUser } from "../db/users";
import { hashApiToken, looksLikeApiToken } from "./api-token";
import type { Actor } from "./permissions";

/**
 * Who calls the API: the bearer of a personal token, else the signed-in session, else nobody.
 * Both are read from the request itself (the session from its cookie, as next-auth signed it),
 * so that the API's answer depends on nothing but the request and the database.
 */
export async function requestActor(request: NextRequest): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header?.startsWith("Bearer ")) {
    const token = header.slice("Bearer ".length).trim();
    if (!looksLikeApiToken(token)) return null;
    const db = getDb();
    const found = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
    if (!found || found.revokedAt) return null;
    const user = await getSessionUser(db, found.userId);
    if (!user) return null;
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
    return actorOf(user);
  }
  const session = await getToken({ req: request });
  const user = session?.sub ? await getSessionUser(getDb(), session.sub) : null;
  return user ? actorOf(user) : null;
}
