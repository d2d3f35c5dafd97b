import { DatabaseConfigError, describeConnectionError } from "../../lib/db/database-url";
import { DraftFileError } from "../../lib/draft-import";
import { DraftParseError } from "../../lib/draft-text/draft-parse-error";
import { ForbiddenError } from "../../lib/auth/permissions";
import { ConflictError, InvalidInputError, NotFoundError } from "../../lib/operations/errors";

/** The machine lacks something the command needs; the message says what to install or set. */
export class SetupError extends Error {}

// Command-line entry points end with one clear sentence on stderr and exit 1, never a stack trace,
// when the fault is the user's input or the database's reachability.
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(`error: ${explain(error)}`);
      process.exit(1);
    },
  );
}

function explain(error: unknown): string {
  const plain = [DatabaseConfigError, InvalidInputError, NotFoundError, ConflictError, ForbiddenError, DraftFileError, DraftParseError, SetupError];
  if (plain.some((kind) => error instanceof kind)) return (error as Error).message;
  const connection = describeConnectionError(rootCause(error), process.env.DATABASE_URL ?? "");
  if (connection) return connection;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.cause) current = current.cause;
  return current;
}
