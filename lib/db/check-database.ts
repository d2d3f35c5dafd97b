import pg from "pg";
import { DatabaseConfigError, databaseUrl, describeConnectionError, safeLocation } from "./database-url";

/** Why the app cannot use its database, or null when it can. */
export async function checkDatabase(): Promise<string | null> {
  let url: string;
  try {
    url = databaseUrl();
  } catch (error) {
    if (error instanceof DatabaseConfigError) return error.message;
    throw error;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ ready: string | null }>(`SELECT to_regclass('"Draft"')::text AS ready`);
    return rows[0]?.ready ? null : `the database at ${safeLocation(url)} has no Draftwatch tables yet. Run \`npm run db:migrate\`.`;
  } catch (error) {
    return describeConnectionError(error, url) ?? `cannot use the database at ${safeLocation(url)}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}
