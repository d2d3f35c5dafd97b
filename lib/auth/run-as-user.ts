import "server-only";
import { ConflictError, InvalidInputError, NotFoundError } from "../operations/errors";
import { actorOf } from "../db/users";
import { getCurrentUser } from "./current-user";
import { ForbiddenError, type Actor } from "./permissions";

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; error?: Error };

/** Errors whose message is meant for the user: a refusal, not a fault. */
export function isRefusal(error: unknown): error is Error {
  return error instanceof InvalidInputError || error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof ConflictError;
}

/**
 * Runs a server action's operation as the signed-in user. A refusal becomes a message for the
 * form (with the error, for forms that show more, such as a stale edit's current text);
 * anything else is a fault and is thrown.
 */
export async function runAsUser<T>(work: (actor: Actor) => Promise<T>): Promise<Outcome<T>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    return { ok: true, value: await work(actorOf(user)) };
  } catch (error) {
    if (isRefusal(error)) return { ok: false, message: error.message, error };
    throw error;
  }
}
