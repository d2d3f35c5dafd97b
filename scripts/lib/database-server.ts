import path from "node:path";
import pg from "pg";
import { DatabaseConfigError, describeConnectionError, safeLocation } from "../../lib/db/database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";

// Where the dev and test commands keep their data: the server in DATABASE_URL when it is set,
// otherwise an embedded PostgreSQL under .data/ (one per command, so both can run at once).

export interface DatabaseServer {
  /** The main database: DATABASE_URL itself, or `draftwatch` on the embedded server. */
  url: string;
  /** Another database on the same server. */
  databaseUrl(name: string): string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED = {
  dev: { dir: ".data/postgres", port: 54320 },
  test: { dir: ".data/postgres-test", port: 54330 },
  bench: { dir: ".data/postgres-bench", port: 54340 },
} as const;

export async function openDatabaseServer(purpose: keyof typeof EMBEDDED, log: (line: string) => void): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkReachable(configured);
    const databaseUrl = (name: string) => {
      const u = new URL(configured);
      u.pathname = `/${name}`;
      return u.toString();
    };
    return { url: configured, databaseUrl, embedded: false, stop: async () => {} };
  }
  const { dir, port } = EMBEDDED[purpose];
  const server = await startEmbeddedPostgres({ dir: path.resolve(dir), port, persistent: purpose === "dev", log });
  const main = server.url("draftwatch");
  await recreateOrEnsure(server.url("postgres"), "draftwatch", false);
  return { url: main, databaseUrl: server.url, embedded: true, stop: server.stop };
}

async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseConfigError(describeConnectionError(error, url) ?? `Cannot connect to ${safeLocation(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `database` on the server at `adminUrl`; with `fresh`, drops it first. */
export async function recreateOrEnsure(adminUrl: string, database: string, fresh: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}
