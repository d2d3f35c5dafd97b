import "server-only";
import { getDb } from "../db/client";
import { actorOf, getSessionUser } from "../db/users";
import { hashApiToken, looksLikeApiToken } from "./api-token";
import { getCurrentUser } from "./current-user";
import type { Actor } from "./permissions";

/** Who calls the API: the bearer of a personal token, else the signed-in session, else nobody. */
export async function requestActor(request: Request): Promise<Actor | null> {
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
  const user = await getCurrentUser();
  return user ? actorOf(user) : null;
}
