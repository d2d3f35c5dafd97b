import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What `next build` reads: a build older than any of these is stale. Another engineer may be
// changing the pages while the bench runs, so it measures what the sources do now.
const SOURCES = ["app", "components", "lib", "instrumentation.ts", "instrumentation-node.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "tsconfig.app.json", "package-lock.json"];

/** Builds the app into `distDir` (beside the usual .next) unless a build newer than its sources is there. */
export async function buildIfStale(distDir: string, log: (line: string) => void): Promise<void> {
  const buildId = path.join(distDir, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...SOURCES.map(newestChange))) return;
  log(`Building the app into ${distDir} (next build)…`);
  const output: Buffer[] = [];
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${Buffer.concat(output).toString()}`);
}

// Directories count too: a deleted file changes only its directory.
function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file, { recursive: true, encoding: "utf8" }).map((entry) => statSync(path.join(file, entry)).mtimeMs));
}
