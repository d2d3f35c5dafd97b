import type { z } from "zod";

/** The input cannot be used as given; the message tells the user what to change. */
export class InvalidInputError extends Error {}

/** Validates with `schema`, or throws one InvalidInputError listing every problem in plain words. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const checked = schema.safeParse(input);
  if (!checked.success) throw new InvalidInputError(checked.error.issues.map((issue) => issue.message).join(" "));
  return checked.data;
}

/** What was asked for does not exist (or the user may not know it exists). */
export class NotFoundError extends Error {}

/** Someone else changed the thing since the user loaded it: their change stands, this one is refused. */
export class ConflictError extends Error {}
