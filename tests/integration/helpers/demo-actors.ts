import type { Actor } from "../../../lib/auth/permissions";
import type { Db } from "../../../lib/db/client";
import { actorOf, getSessionUser } from "../../../lib/db/users";

// The demo accounts (prisma/demo/accounts.ts) as the rule set sees them, by first name.
export const DEMO_EMAILS = {
  ha: "ha.nguyen@rights-coalition.example",
  daniel: "daniel.okafor@rights-coalition.example",
  sofia: "sofia.ramirez@ohchr.example",
  editor: "editor@draftwatch.example",
  viewer: "viewer@draftwatch.example",
  admin: "admin@draftwatch.example",
} as const;

export type DemoName = keyof typeof DEMO_EMAILS;

/** Every demo account's actor, from a database with the demo seeded. */
export async function demoActors(db: Db): Promise<Record<DemoName, Actor>> {
  const entries = await Promise.all(
    Object.entries(DEMO_EMAILS).map(async ([name, email]) => {
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      return [name, actorOf((await getSessionUser(db, user.id))!)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DemoName, Actor>;
}
