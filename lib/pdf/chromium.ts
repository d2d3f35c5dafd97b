import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

// Chromium from the system (Debian's package), never a downloaded build: the machines reach
// only npm and Debian. Shared by the PDF exports and the tests that print drafts.

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const CHROMIUM_MISSING = "PDF export needs Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.";

export class ChromiumMissingError extends Error {
  constructor(readonly executablePath: string, options?: ErrorOptions) {
    super(`${CHROMIUM_MISSING} (looked for ${executablePath})`, options);
    this.name = "ChromiumMissingError";
  }
}

export function chromiumExecutablePath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** A headless Chromium, or a ChromiumMissingError saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  try {
    accessSync(executablePath, constants.X_OK);
  } catch (cause) {
    throw new ChromiumMissingError(executablePath, { cause });
  }
  // Playwright kills the browsers it launched when the process exits or gets SIGINT, SIGTERM or SIGHUP.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
