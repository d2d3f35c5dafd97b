import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readMigrations } from "../lib/db/migrations";
import { InvalidInputError } from "../lib/operations/errors";
import { openDatabaseServer } from "./lib/database-server";
import { runScript } from "./lib/run-script";

// `npm run db:new-migration -- <name>`: writes the SQL that takes the schema as it was committed with
// the last migration to prisma/schema.prisma as it is now. Offline, Prisma can only diff two
// schema files (not a database), so the previous schema comes from git.
runScript(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new InvalidInputError("usage: npm run db:new-migration -- <name_in_snake_case>");
  const scratch = mkdtempSync(path.join(tmpdir(), "draftwatch-migration-"));
  const from = (await readMigrations()).length === 0 ? ["--from-empty"] : ["--from-schema-datamodel", previousSchema(scratch)];

  // The CLI's WASM engine wants a reachable database even for a file-to-file diff.
  const server = await openDatabaseServer("dev", (line) => console.log(line));
  try {
    const diff = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      env: { ...process.env, DATABASE_URL: server.url },
      encoding: "utf8",
    });
    if (diff.status !== 0) throw new Error(`prisma migrate diff failed:\n${diff.stderr}`);
    if (!/\b(CREATE|ALTER|DROP)\b/.test(diff.stdout)) {
      console.log("prisma/schema.prisma has not changed since the last migration: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma/migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
    console.log(`Wrote ${dir}/migration.sql. Review it, then apply it with \`npm run db:migrate\`.`);
  } finally {
    await server.stop();
  }
});

function previousSchema(scratch: string): string {
  const commit = execFileSync("git", ["log", "-1", "--format=%H", "--", "prisma/migrations"], { encoding: "utf8" }).trim();
  if (!commit) throw new InvalidInputError("Commit the existing migrations first: the previous schema is read from the commit of the last migration.");
  const file = path.join(scratch, "schema.prisma");
  writeFileSync(file, execFileSync("git", ["show", `${commit}:prisma/schema.prisma`], { encoding: "utf8" }));
  return file;
}
