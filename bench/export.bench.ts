/**
 * Each export writer on a 500-item submission built from the revised demo draft (issue #6's
 * goal: under 2 s each). Run: npx tsx bench/export.bench.ts. Figures only, no assertions.
 */
import { toCsv } from "../lib/export/to-csv";
import { toDocx } from "../lib/export/to-docx";
import { toJsonLd } from "../lib/export/to-json-ld";
import { toMarkdown } from "../lib/export/to-markdown";
import { demoSubmission } from "./lib/demo-submission";
import { measure, measureAsync, printTable } from "./lib/measure";

const ITEMS = 500;
const submission = demoSubmission(ITEMS);

printTable(`Export of a ${ITEMS}-item submission (sample-3-revised.en.txt)`, [
  measure("CSV", () => toCsv(submission), 20),
  measure("Markdown (with redlines)", () => toMarkdown(submission), 10),
  measure("W3C JSON-LD", () => toJsonLd(submission), 20),
  await measureAsync("DOCX (tracked changes, footnotes)", () => toDocx(submission), 5),
]);
