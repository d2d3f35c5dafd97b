import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../../../lib/db/migrations";
import { testDatabaseUrl } from "./test-database";

/** A whole migrated database of its own, for scripts that use the default schema; dropped afterwards. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = testDatabaseUrl();
  const name = `scratch_${randomBytes(6).toString("hex")}`;
  await adminQuery(admin, `CREATE DATABASE "${name}"`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url);
  return { url, drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
