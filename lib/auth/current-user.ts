import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import { actorOf, getSessionUser, type SessionUser } from "../db/users";
import { authOptions } from "./auth-options";
import { can, type Action } from "./permissions";

/** The signed-in user, loaded once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? getSessionUser(getDb(), id) : null;
});

/** For pages: the signed-in user allowed to do `action`; visitors go to sign-in, others get a 404. */
export async function requireUser(returnTo: string, action: Action = "draft:read"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  // A page a role may not use does not exist for it: no hint of what lies behind.
  if (!can(actorOf(user), action)) notFound();
  return user;
}
