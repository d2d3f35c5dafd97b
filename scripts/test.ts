import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrations";
import { CHROMIUM_MISSING, chromiumExecutablePath } from "../lib/pdf/chromium";
import { seedDemo } from "../prisma/demo/seed-demo";
import { openDatabaseServer, recreateOrEnsure } from "./lib/database-server";
import { runScript, SetupError } from "./lib/run-script";

// `npm test`: unit, round-trip (DOCX and PDF written and read back) and integration tests (vitest,
// real PostgreSQL), then the built app in Chromium (Playwright). `npm test -- unit integration`
// runs only the parts named.
const PARTS = ["unit", "roundtrip", "integration", "e2e"] as const;
type Part = (typeof PARTS)[number];

function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

runScript(async () => {
  const asked = process.argv.slice(2).filter((a): a is Part => (PARTS as readonly string[]).includes(a));
  const parts = new Set<Part>(asked.length ? asked : PARTS);
  const failed: string[] = [];
  const server = await openDatabaseServer("test", (line) => console.log(line));
  const base = new URL(server.url).pathname.slice(1) || "draftwatch";
  try {
    const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    if (parts.has("e2e") && !existsSync(chromium)) {
      throw new SetupError(`End-to-end tests need Chromium at ${chromium}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    // The app under test prints its PDFs as the round-trip tests do.
    if ((parts.has("roundtrip") || parts.has("e2e")) && !existsSync(chromiumExecutablePath())) throw new SetupError(CHROMIUM_MISSING);
    if (parts.has("unit") || parts.has("roundtrip") || parts.has("integration")) {
      const integrationDb = `${base}_test`;
      await recreateOrEnsure(server.url, integrationDb, true);
      const projects = [...parts].filter((p) => p !== "e2e").flatMap((p) => ["--project", p]);
      if ((await run(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...projects], { TEST_DATABASE_URL: server.databaseUrl(integrationDb) })) !== 0) {
        failed.push([...parts].filter((p) => p !== "e2e").join("/"));
      }
    }
    if (parts.has("e2e")) {
      const e2eUrl = server.databaseUrl(`${base}_e2e`);
      await recreateOrEnsure(server.url, `${base}_e2e`, true);
      await migrate(e2eUrl);
      const db = createDb(e2eUrl);
      await seedDemo(db).finally(() => db.$disconnect());
      if ((await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {})) !== 0) failed.push("build");
      else if ((await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], { E2E_DATABASE_URL: e2eUrl })) !== 0) failed.push("e2e");
    }
  } finally {
    await server.stop();
  }
  if (failed.length) {
    console.error(`\nFailed: ${failed.join(", ")}.`);
    process.exitCode = 1;
  } else {
    console.log(`\nAll tests passed (${[...parts].join(", ")}).`);
  }
});
