import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../lib/db/migrations";
import { dropSchema, testDatabaseUrl } from "./helpers/test-database";

describe("migrations", () => {
  const url = testDatabaseUrl();
  const schema = `test_empty_${randomBytes(4).toString("hex")}`;
  afterAll(() => dropSchema(url, schema));

  it("bring an empty database to the current schema and record themselves as Prisma does", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await migrate(url, { schema });
    expect(first.applied).toEqual(migrations.map((m) => m.name));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
        [schema],
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(["Draft", "Membership", "NegotiationEvent", "NegotiationEventText", "Organization", "Provision", "Treaty", "User", "_prisma_migrations"]),
      );
      const recorded = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "${schema}"."_prisma_migrations" ORDER BY migration_name`,
      );
      expect(recorded.rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
      expect(recorded.rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    } finally {
      await client.end();
    }

    const second = await migrate(url, { schema });
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
  });
});
