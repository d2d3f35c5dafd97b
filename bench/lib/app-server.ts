import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { freePort } from "./free-port";

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** `next start` of the build in `distDir` on a free port from 3300, against `databaseUrl`, once it answers. */
export async function startApp(distDir: string, databaseUrl: string): Promise<AppServer> {
  const port = await freePort(3300);
  const url = `http://127.0.0.1:${port}`;
  // As playwright.config.ts starts it for the end-to-end tests.
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: url, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    await Promise.race([
      waitUntilAnswering(`${url}/signin`),
      exited.then((code) => Promise.reject(new Error(`next start exited (${code}) before answering:\n${stderr}`))),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
}
