/**
 * Each export writer on a 500-item submission built from the revised demo draft, and the
 * comparison report of the zero and revised demo drafts (issue #6's goal: under 2 s each).
 * Run: npx tsx bench/export.bench.ts. Figures only, no assertions. The PDF rows print with the
 * process's one Chromium, launched before they are measured as the app launches it on first use.
 */
import { comparisonReport } from "../lib/export/comparison-report/comparison-report";
import { toComparisonDocx } from "../lib/export/comparison-report/to-comparison-docx";
import { toComparisonHtml } from "../lib/export/comparison-report/to-comparison-html";
import { toCsv } from "../lib/export/to-csv";
import { toDocx } from "../lib/export/to-docx";
import { toHtml } from "../lib/export/to-html";
import { toJsonLd } from "../lib/export/to-json-ld";
import { toMarkdown } from "../lib/export/to-markdown";
import { closePdfBrowser, printPdf, toComparisonPdf, toPdf } from "../lib/pdf/print-pdf";
import { zeroToRevised } from "../tests/unit/export/helpers/comparison";
import { demoSubmission } from "./lib/demo-submission";
import { measure, measureAsync, printTable } from "./lib/measure";

const ITEMS = 500;
const submission = demoSubmission(ITEMS);
const report = comparisonReport(zeroToRevised(), { generatedAt: "2033-02-01T10:00:00.000Z" });

const launch = performance.now();
await printPdf("<!doctype html><title>warm-up</title>");
const launchMs = performance.now() - launch;

try {
  printTable(`Export of a ${ITEMS}-item submission (sample-3-revised.en.txt)`, [
    measure("CSV", () => toCsv(submission), 20),
    measure("Markdown (with redlines)", () => toMarkdown(submission), 10),
    measure("W3C JSON-LD", () => toJsonLd(submission), 20),
    await measureAsync("DOCX (tracked changes, footnotes)", () => toDocx(submission), 5),
    measure("print HTML", () => toHtml(submission), 10),
    await measureAsync("PDF (print HTML + Chromium)", () => toPdf(submission), 5),
  ]);
  printTable(`Comparison report, sample-2-zero.en.txt → sample-3-revised.en.txt (${report.pairs.length} changed pairs)`, [
    measure("comparison report data (from the comparison)", () => comparisonReport(zeroToRevised(), { generatedAt: report.generatedAt }), 10),
    await measureAsync("DOCX (tracked changes)", () => toComparisonDocx(report), 5),
    measure("print HTML", () => toComparisonHtml(report), 10),
    await measureAsync("PDF (print HTML + Chromium)", () => toComparisonPdf(report), 5),
  ]);
  console.log(`(Chromium's launch, once per process: ${launchMs.toFixed(0)} ms)`);
} finally {
  await closePdfBrowser();
}
