import type { BrowserContext } from "playwright-core";
import { toComparisonHtml } from "../export/comparison-report/to-comparison-html";
import type { ComparisonReport } from "../export/comparison-report/types";
import { toHtml } from "../export/to-html";
import type { SubmissionExport } from "../export/types";
import { launchChromium } from "./chromium";

// The imperative shell around the HTML writers: Chromium prints their documents to PDF. One
// browser per process, launched on the first print and reused (a launch costs more than a print);
// every print gets a page of its own, with JavaScript off and no network, closed afterwards.
// The pages open as tabs of one window, kept open by an empty tab: the full browser, when
// CHROMIUM_PATH names one, gives every new window its browser UI (the omnibox's WebUI, in a
// renderer of its own), which cost about as much CPU again as the print it came with.

export const PRINT_TIMEOUT_MS = 60_000;

let printer: Promise<BrowserContext> | null = null;

async function launchPrinter(): Promise<BrowserContext> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.newPage();
    return context;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The shared browser's one context, its window open. */
function sharedPrinter(): Promise<BrowserContext> {
  if (!printer) {
    const launching = launchPrinter();
    printer = launching;
    launching.then(
      // A browser that crashed or was closed is launched again by the next print.
      (launched) => launched.browser()?.on("disconnected", () => (printer === launching ? (printer = null) : undefined)),
      () => (printer === launching ? (printer = null) : undefined),
    );
  }
  return printer;
}

/** Closes the shared browser, if one was launched; the next print launches another. */
export async function closePdfBrowser(): Promise<void> {
  const closing = printer;
  printer = null;
  await (await closing?.catch(() => null))?.browser()?.close();
}

/** A complete HTML document as A4 PDF bytes; its stylesheet's @page rule sets the margins and footer. */
export async function printPdf(html: string, { timeoutMs = PRINT_TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<Uint8Array> {
  const page = await (await sharedPrinter()).newPage();
  let timer: NodeJS.Timeout | undefined;
  try {
    page.setDefaultTimeout(timeoutMs);
    const print = (async () => {
      await page.setContent(html, { waitUntil: "load" });
      return page.pdf({ format: "A4", printBackground: true });
    })();
    // After a timeout the print fails too, once its page is closed: that failure is already reported.
    print.catch(() => undefined);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Printing the PDF took longer than ${timeoutMs / 1000} s.`)), timeoutMs);
    });
    return new Uint8Array(await Promise.race([print, timeout]));
  } finally {
    clearTimeout(timer);
    // A page that cannot be closed (the browser crashed) must not hide why the print failed.
    await page.close().catch(() => undefined);
  }
}

/** The submission as a PDF: the DOCX's content and layout, printed by Chromium. */
export function toPdf(submission: SubmissionExport): Promise<Uint8Array> {
  return printPdf(toHtml(submission));
}

/** A comparison report as a PDF. */
export function toComparisonPdf(report: ComparisonReport): Promise<Uint8Array> {
  return printPdf(toComparisonHtml(report));
}
