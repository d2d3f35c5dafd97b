import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { runScript } from "./helpers/run-script";
import { createScratchDatabase } from "./helpers/scratch-database";
import { tableCounts } from "./helpers/test-database";

const dir = mkdtempSync(path.join(tmpdir(), "draftwatch-cli-"));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = file("good.txt", "Article 1\nPurpose\n\nThis Convention promotes cooperation.\n\nArticle 2\nConditions and safeguards\n\n1. Powers are subject to safeguards.\n2. Safeguards include judicial review.\n");
const metadata = ["--treaty", "Command-line convention", "--title", "First draft", "--date", "2031-01-15", "--language", "en"];

describe("npm run import", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Db;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = createDb(scratch.url);
  });
  afterAll(async () => {
    await db.$disconnect();
    await scratch.drop();
  });

  it("imports a file and prints a one-line JSON summary", async () => {
    const result = await runScript("scripts/import.ts", [GOOD, ...metadata, "--symbol", "CLI/1"], { DATABASE_URL: scratch.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(summary).toMatchObject({ drafts: 1, treaty: "command-line-convention", articles: 2, provisions: 4, warnings: 0 });
    expect((await db.draft.findUniqueOrThrow({ where: { id: summary.draftId } })).symbol).toBe("CLI/1");
  });

  it.each([
    ["a line it cannot place", [file("bad.txt", "Chapter I\nScope\n\n(a) stray item\n\nArticle 1\nPurpose\n\nText.\n"), ...metadata], /line 4/i],
    ["an empty file", [file("empty.txt", "  \n\n"), ...metadata], /empty/i],
    ["a missing file", [path.join(dir, "nope.txt"), ...metadata], /no such file/],
    ["a bad date", [GOOD, ...metadata.slice(0, 4), "--date", "15/01/2031", "--language", "en"], /YYYY-MM-DD/],
    ["no treaty", [GOOD, "--date", "2031-01-15"], /Name the treaty/],
    ["no file at all", [], /usage: npm run import/],
  ])("refuses %s with one clear line and writes nothing", async (_case, args, message) => {
    const before = await tableCounts(db);
    const result = await runScript("scripts/import.ts", args, { DATABASE_URL: scratch.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await tableCounts(db)).toEqual(before);
  });
});

describe("a missing or unreachable database", () => {
  it("is explained in one sentence, not a stack trace", async () => {
    const unset = await runScript("scripts/db-migrate.ts", [], { DATABASE_URL: undefined });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toMatch(/^error: DATABASE_URL is not set\. Start the app with `npm run dev`/);

    const unreachable = await runScript("scripts/db-migrate.ts", [], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/draftwatch" });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^error: Cannot reach the database at 127\.0\.0\.1:1\/draftwatch \(ECONNREFUSED\)\. Is PostgreSQL running\?/);
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  });
});
