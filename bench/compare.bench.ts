/**
 * Word diff of two whole demo drafts: our compare computation against git's word diff and
 * jsdiff, on the same inputs in the same run. Run: npx tsx bench/compare.bench.ts. Figures only,
 * no assertions (timings vary by machine).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diffWords as jsdiffWords } from "diff";
import { compareParsedDrafts } from "../lib/compare/compare-drafts";
import { diffWords } from "../lib/diff/diff-words";
import { parseDraftText } from "../lib/draft-text/parse-draft-text";
import { measureTogether, printTable } from "./lib/measure";

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

// Parsing is outside the timing: git and jsdiff get the texts as they are, ours the parsed trees.
const parsedBefore = { provisions: parseDraftText(before).provisions, language: "en" };
const parsedAfter = { provisions: parseDraftText(after).provisions, language: "en" };

// The three contenders on the same two drafts, interleaved round by round (see measureTogether).
const ROUNDS = 30;
printTable(
  `sample-2-zero.en.txt (${before.length} chars) → sample-3-revised.en.txt (${after.length} chars), medians of ${ROUNDS} interleaved rounds`,
  measureTogether(
    [
      { name: "draftwatch compare (alignment + every paired diff)", fn: () => compareParsedDrafts(parsedBefore, parsedAfter) },
      { name: "git diff --word-diff=porcelain (spawned)", fn: gitWordDiff },
      { name: "jsdiff diffWords (whole texts)", fn: () => jsdiffWords(before, after) },
    ],
    ROUNDS,
  ),
);

// Not a contender: our word diff on the whole texts as one, without alignment, for scale.
printTable("for scale", measureTogether([{ name: "draftwatch diffWords (whole texts, no alignment)", fn: () => diffWords(before, after) }], 10, 3));
