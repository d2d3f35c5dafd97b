/**
 * Carrying 1,000 annotations from demo draft 2 to draft 3 (issue #5 goal: under 1 s), the
 * annotations spread over the zero draft's provisions by a seeded PRNG.
 * Run: npx tsx bench/anchoring.bench.ts. Figures only, no assertions (timings vary by machine).
 */
import { alignArticles } from "../lib/alignment/align-articles";
import { articlesFromTree } from "../lib/alignment/articles";
import { alignedCandidates } from "../lib/anchoring/aligned-candidates";
import { carryForward, type AnnotationToCarry } from "../lib/anchoring/carry-forward";
import { describePosition } from "../lib/anchoring/text-position";
import { describeQuote } from "../lib/anchoring/text-quote";
import { byId, zeroToRevised } from "../tests/unit/anchoring/helpers/demo-drafts";
import { seededRandom as prng } from "../tests/helpers/seeded-random";
import { measure, printTable } from "./lib/measure";

const ANNOTATIONS = 1_000;

const { from, to, pairs } = zeroToRevised();
const provisions = [...byId(from).values()].filter((provision) => provision.text !== "");
const random = prng(5);
// One to twelve whole words, as analysts select them: a "shall" up to a clause.
const annotations: AnnotationToCarry[] = Array.from({ length: ANNOTATIONS }, (_, index) => {
  const provision = provisions[Math.floor(random() * provisions.length)]!;
  const words = [...provision.text.matchAll(/\S+/g)];
  const first = Math.floor(random() * words.length);
  const last = Math.min(words.length - 1, first + Math.floor(random() * 12));
  const start = words[first]!.index;
  const end = words[last]!.index + words[last]![0].length;
  return { id: `a${index}`, target: { provisionId: provision.id, quote: describeQuote(provision.text, start, end), position: describePosition(start, end) } };
});

const outcomes = new Map<string, number>();
for (const result of carryForward(annotations, alignedCandidates(from, to, pairs))) outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);

printTable(
  `carry forward ${ANNOTATIONS} annotations, sample-2-zero.en.txt → sample-3-revised.en.txt (${[...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(", ")}; goal < 1000 ms)`,
  [
    measure("carry forward (alignment given)", () => carryForward(annotations, alignedCandidates(from, to, pairs)), 20),
    measure("align the drafts, then carry forward", () => {
      const aligned = alignArticles(articlesFromTree(from), articlesFromTree(to), { language: { from: "en", to: "en" } });
      return carryForward(annotations, alignedCandidates(from, to, aligned));
    }, 10),
  ],
);
