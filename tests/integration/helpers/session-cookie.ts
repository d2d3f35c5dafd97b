import { encode } from "next-auth/jwt";
import type { Db } from "../../../lib/db/client";

/** The request headers of a session of the user with `email`, signed as the app signs them with `secret`. */
export async function sessionHeaders(db: Db, email: string, secret: string): Promise<{ cookie: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { cookie: `next-auth.session-token=${await encode({ token: { sub: user.id }, secret })}` };
}
