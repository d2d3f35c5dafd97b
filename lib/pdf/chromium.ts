import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

// Chromium from the system (Debian's packages), never a downloaded build: the machines reach
// only npm and Debian. Shared by the PDF exports and the tests that print drafts, which run its
// headless shell (chromium-headless-shell): it writes a PDF itself, where the browser that drives
// the end-to-end tests (chromium) hands every print to a PDF compositor process started for it,
// about 0.3 s more a print. CHROMIUM_PATH names another Chromium for both.

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const CHROMIUM_MISSING = "PDF export needs Chromium's headless shell: install it (Debian: apt-get install chromium-headless-shell) or set CHROMIUM_PATH.";

export class ChromiumMissingError extends Error {
  constructor(readonly executablePath: string, options?: ErrorOptions) {
    super(`${CHROMIUM_MISSING} (looked for ${executablePath})`, options);
    this.name = "ChromiumMissingError";
  }
}

export function chromiumExecutablePath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium-headless-shell";
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
