import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import type { AlignableArticle } from "../../../lib/alignment/types";
import { budapestArticles } from "./helpers/drafts";
import { expectedPairs, score } from "./helpers/expected";
import { seededRandom } from "./helpers/random";
import {
  addArticle,
  dropArticle,
  finish,
  initialState,
  mergeNeighbours,
  moveToChapter,
  renumberAll,
  reorderParagraphs,
  rewordHeadings,
  shuffleChapter,
  splitArticle,
  type Transformation,
} from "./helpers/variants";

const TRANSFORMATIONS: Record<string, Transformation> = {
  renumberAll,
  moveToChapter,
  splitArticle,
  mergeNeighbours,
  dropArticle,
  addArticle,
  rewordHeadings,
  reorderParagraphs,
  shuffleChapter,
};
const NAMES = Object.keys(TRANSFORMATIONS);

/** Each transformation alone (twice, different seeds), then random combinations of 3 to 5. */
function recipes(): { name: string; seed: number; steps: string[] }[] {
  const single = [1, 2].flatMap((round) => NAMES.map((name, i) => ({ name, seed: round * 100 + i, steps: [name] })));
  const combined = Array.from({ length: 14 }, (_, i) => {
    const random = seededRandom(9000 + i);
    const steps = Array.from({ length: 3 + random.below(3) }, () => random.pick(NAMES));
    return { name: steps.join("+"), seed: 9000 + i, steps };
  });
  return [...single, ...combined];
}

const { english, dutch } = budapestArticles();

function variant(originals: AlignableArticle[], seed: number, steps: string[]) {
  const random = seededRandom(seed);
  const state = steps.reduce((current, step) => TRANSFORMATIONS[step]!(current, random), initialState(originals));
  const to = finish(state, originals);
  return { to, expected: expectedPairs(originals, state, to) };
}

describe("alignment of synthetic drafts made from the Budapest Convention", () => {
  it("pairs at least 98% of articles correctly over 32 variants", () => {
    let correct = 0;
    let total = 0;
    const failures: string[] = [];
    for (const recipe of recipes()) {
      const { to, expected } = variant(english, recipe.seed, recipe.steps);
      const result = score(expected, alignArticles(english, to));
      correct += result.correct;
      total += result.total;
      for (const wrong of result.wrong) failures.push(`${recipe.name} (seed ${recipe.seed}): ${JSON.stringify(wrong)}`);
    }
    const accuracy = correct / total;
    console.log(`Budapest synthetic variants: ${correct}/${total} articles correctly paired (${(accuracy * 100).toFixed(2)}%)`);
    if (failures.length > 0) console.log(failures.join("\n"));
    expect(accuracy).toBeGreaterThanOrEqual(0.98);
  });

  it("fails the bar when articles are paired by number alone", () => {
    // Guards the measure itself: after a renumbering, numbers say nothing.
    const { to, expected } = variant(english, 7, ["renumberAll"]);
    const byNumber = english.map((article) => {
      const match = to.find((candidate) => candidate.number === article.number);
      return { from: [article.id], to: match ? [match.id] : [], kind: "changed" as const, renumbered: false, moved: false, score: 0, reasons: [], paragraphs: [] };
    });
    const result = score(expected, byNumber);
    expect(result.correct / result.total).toBeLessThan(0.5);
  });

  it("finds every article unchanged when the English text is aligned with itself", () => {
    const pairs = alignArticles(english, english);
    expect(pairs).toHaveLength(48);
    expect(pairs.every((p) => p.kind === "unchanged" && !p.moved && !p.renumbered && p.from[0] === p.to[0])).toBe(true);
    expect(pairs.map((p) => p.from[0])).toEqual(english.map((a) => a.id));
  });

  it("pairs English and Dutch one-to-one by structure when told the languages differ", () => {
    const pairs = alignArticles(english, dutch, { language: { from: "en", to: "nl" } });
    expect(pairs).toHaveLength(48);
    pairs.forEach((pair, index) => {
      expect(pair).toMatchObject({ from: [english[index]!.id], to: [dutch[index]!.id], reasons: ["same-number"], moved: false, renumbered: false });
    });
  });
});
