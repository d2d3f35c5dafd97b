/**
 * Word diff of two whole demo drafts: our compare computation against git's word diff and
 * jsdiff, on the same inputs in the same run. Run: npx tsx bench/compare.bench.ts. Figures only,
 * no assertions (timings vary by machine).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { diffWords as jsdiffWords } from "diff";
import { compareParsedDrafts } from "../lib/compare/compare-drafts";
import { diffWords } from "../lib/diff/diff-words";
import { parseDraftText } from "../lib/draft-text/parse-draft-text";
import { measure, measureTogether, printTable } from "./lib/measure";

const draft = (file: string) => fileURLToPath(new URL(`../prisma/demo/drafts/${file}`, import.meta.url));
const BEFORE_FILE = draft("sample-2-zero.en.txt");
const AFTER_FILE = draft("sample-3-revised.en.txt");
const before = readFileSync(BEFORE_FILE, "utf8");
const after = readFileSync(AFTER_FILE, "utf8");

const oneLineFiles = mkdtempSync(join(tmpdir(), "draftwatch-bench-"));
const ONE_LINE_BEFORE = join(oneLineFiles, "before.txt");
const ONE_LINE_AFTER = join(oneLineFiles, "after.txt");
writeFileSync(ONE_LINE_BEFORE, "Article 1\n");
writeFileSync(ONE_LINE_AFTER, "Article 2\n");

function gitWordDiff(beforeFile: string, afterFile: string): void {
  // git exits 1 when the files differ; only a failure to run at all is an error.
  const result = spawnSync("git", ["diff", "--no-index", "--word-diff=porcelain", beforeFile, afterFile], {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`git diff failed: ${result.error?.message ?? result.stderr.toString()}`);
  }
}

// Parsing is outside the timing: git and jsdiff get the texts as they are, ours the parsed trees.
const parsedBefore = { provisions: parseDraftText(before).provisions, language: "en" };
const parsedAfter = { provisions: parseDraftText(after).provisions, language: "en" };

const compareDrafts = () => compareParsedDrafts(parsedBefore, parsedAfter);

// The first call in this process, before the JIT has compiled anything: what `npm run compare`
// pays once. The server compares drafts over and over, so the contest below is in steady state.
const coldCall = measure("draftwatch compare, first call in the process (cold JIT)", compareDrafts, 1, 0);

// The contenders on the same two drafts, interleaved round by round (see measureTogether). Ours
// warms up longer: V8 compiles its hot functions fully only after some 50 calls, while git is
// compiled ahead of time. git on two one-line files is what its process start costs alone.
const ROUNDS = 30;
const title = `sample-2-zero.en.txt (${before.length} chars) → sample-3-revised.en.txt (${after.length} chars)`;
try {
  printTable(`${title}, medians of ${ROUNDS} interleaved rounds`, [
    ...measureTogether(
      [
        { name: "draftwatch compare (alignment + every paired diff)", fn: compareDrafts, warmUp: 100 },
        { name: "git diff --word-diff=porcelain (spawned)", fn: () => gitWordDiff(BEFORE_FILE, AFTER_FILE) },
        { name: "git diff of two one-line files (its process start)", fn: () => gitWordDiff(ONE_LINE_BEFORE, ONE_LINE_AFTER) },
      ],
      ROUNDS,
    ),
    coldCall,
  ]);
} finally {
  rmSync(oneLineFiles, { recursive: true });
}

// Not a contender: our word diff on the whole texts as one, without alignment, for scale.
printTable("for scale", measureTogether([{ name: "draftwatch diffWords (whole texts, no alignment)", fn: () => diffWords(before, after) }], 10, 3));

// jsdiff comes last, on the same texts: its calls leave so much garbage that, once it has run,
// what is measured after it in this process takes about a third longer (measured: our compare
// 14 → 19 ms beside git, and git's spawn slower too).
printTable(`${title}, after the above`, [measure("jsdiff diffWords (whole texts)", () => jsdiffWords(before, after), 10, 2)]);
