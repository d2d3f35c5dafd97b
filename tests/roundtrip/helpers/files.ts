import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export const run = promisify(execFile);

/** Runs `work` in a fresh temporary directory, removed afterwards. */
export async function inTemporaryDirectory<T>(work: (directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(tmpdir(), "draftwatch-roundtrip-"));
  try {
    return await work(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Where a round trip leaves what a person should look at (git-ignored). */
export const RESULTS_DIRECTORY = path.resolve(import.meta.dirname, "../../../test-results/roundtrip");
