/**
 * Word diff of two whole demo drafts: ours against jsdiff and git's word diff, for scale.
 * Run: npx tsx bench/compare.bench.ts. Figures only, no assertions (timings vary by machine).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diffWords as jsdiffWords } from "diff";
import { compareParsedDrafts } from "../lib/compare/compare-drafts";
import { diffWords } from "../lib/diff/diff-words";
import { parseDraftText } from "../lib/draft-text/parse-draft-text";
import { measure, printTable } from "./lib/measure";

const draft = (file: string) => fileURLToPath(new URL(`../prisma/demo/drafts/${file}`, import.meta.url));
const BEFORE_FILE = draft("sample-2-zero.en.txt");
const AFTER_FILE = draft("sample-3-revised.en.txt");
const before = readFileSync(BEFORE_FILE, "utf8");
const after = readFileSync(AFTER_FILE, "utf8");

function gitWordDiff(): void {
  // git exits 1 when the files differ; only a failure to run at all is an error.
  const result = spawnSync("git", ["diff", "--no-index", "--word-diff=porcelain", BEFORE_FILE, AFTER_FILE], {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`git diff failed: ${result.error?.message ?? result.stderr.toString()}`);
  }
}

const parsedBefore = { provisions: parseDraftText(before).provisions, language: "en" };
const parsedAfter = { provisions: parseDraftText(after).provisions, language: "en" };

// Add further cases here; each is measured the same way and printed in the same table.
const cases: { name: string; fn: () => unknown; runs: number }[] = [
  { name: "draftwatch compare (alignment + every article's diff)", fn: () => compareParsedDrafts(parsedBefore, parsedAfter), runs: 20 },
  { name: "draftwatch diffWords (whole texts)", fn: () => diffWords(before, after), runs: 20 },
  { name: "jsdiff diffWords (whole texts)", fn: () => jsdiffWords(before, after), runs: 20 },
  { name: "git diff --word-diff=porcelain (spawned)", fn: gitWordDiff, runs: 10 },
];

printTable(
  `sample-2-zero.en.txt (${before.length} chars) → sample-3-revised.en.txt (${after.length} chars)`,
  cases.map(({ name, fn, runs }) => measure(name, fn, runs)),
);
