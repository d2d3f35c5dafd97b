import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "../../../lib/db/client";
import { migrate } from "../../../lib/db/migrations";

export interface TestDatabase { db: Db; url: string; schema: string; drop(): Promise<void> }

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run integration tests with `npm test` (it prepares the database).");
  return url;
}

/** A migrated schema of its own for one test file, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  const schema = `test_${randomBytes(6).toString("hex")}`;
  await migrate(url, { schema });
  const db = createDb(url, schema);
  return {
    db,
    url,
    schema,
    async drop() {
      await db.$disconnect();
      await dropSchema(url, schema);
    },
  };
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Row counts of every table, to show that a failed operation left nothing behind. */
export async function tableCounts(db: Db) {
  const [treaties, drafts, provisions, events, users] = await Promise.all([
    db.treaty.count(), db.draft.count(), db.provision.count(), db.negotiationEvent.count(), db.user.count(),
  ]);
  return { treaties, drafts, provisions, events, users };
}
