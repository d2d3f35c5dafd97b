export class DatabaseConfigError extends Error {}

const HOW_TO =
  "Start the app with `npm run dev` (it runs an embedded PostgreSQL), or set DATABASE_URL, " +
  "e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/draftwatch";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new DatabaseConfigError(`DATABASE_URL is not set. ${HOW_TO}.`);
  return url;
}

/** The database server could not be reached or refused us: say what to do instead of a stack trace. */
export function describeConnectionError(error: unknown, url: string): string | null {
  const code = (error as { code?: string } | null)?.code;
  const where = safeLocation(url);
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
      return `Cannot reach the database at ${where} (${code}). Is PostgreSQL running? ${HOW_TO}.`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the user or password in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL (${where}) does not exist. Create it (createdb) or point DATABASE_URL at an existing one.`;
    default:
      return null;
  }
}

/** host:port/database without the password, for messages. */
export function safeLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(an invalid DATABASE_URL)";
  }
}
