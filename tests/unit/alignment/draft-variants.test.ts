import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import type { AlignableArticle } from "../../../lib/alignment/types";
import { Accuracy } from "./helpers/accuracy";
import { score } from "./helpers/expected";
import { ENGLISH } from "./helpers/phrasebooks";
import { recipes, sources, variant } from "./helpers/recipes";

// Every variant is scored against the answer key its generator recorded (helpers/recipes.ts).
const SOURCES = sources();
const [english, dutch] = SOURCES.map((source) => source.articles) as [AlignableArticle[], AlignableArticle[]];

function measure(): Accuracy {
  const accuracy = new Accuracy();
  SOURCES.forEach((source, salt) => {
    for (const recipe of recipes(salt * 100_000)) {
      const { to, expected } = variant(source, recipe.seed, recipe.steps);
      const name = `${source.name} ${recipe.steps.join("+")} (seed ${recipe.seed})`;
      accuracy.add(name, [`kind ${recipe.kind}`, `source ${source.name}`], source.articles, to, expected, alignArticles(source.articles, to));
    }
  });
  return accuracy;
}

describe("alignment of synthetic next drafts made from the Budapest Convention and the demo drafts", () => {
  const accuracy = measure();
  // Each assertion's message holds every figure (by transformation, kind of pair and draft) and the pairs that went wrong.

  it("pairs at least 98% of articles correctly", () => {
    console.log(accuracy.headline());
    expect(accuracy.rate(), accuracy.report()).toBeGreaterThanOrEqual(0.98);
  });

  it("recognises splits and merges as such, not as a pair and an added or removed article", () => {
    expect(accuracy.rate("pair split"), accuracy.report()).toBeGreaterThanOrEqual(0.95);
    expect(accuracy.rate("pair merged"), accuracy.report()).toBeGreaterThanOrEqual(0.95);
  });

  it("leaves new articles added and dropped ones removed, even when a new one is written like a dropped one", () => {
    // The hard case: a new article in the template and heading pattern of the one it replaces.
    expect(accuracy.rate("pair added"), accuracy.report()).toBeGreaterThanOrEqual(0.9);
    expect(accuracy.rate("pair removed"), accuracy.report()).toBeGreaterThanOrEqual(0.9);
  });

  it("fails the bar when articles are paired by number alone", () => {
    // Guards the measure itself: after a renumbering, numbers say nothing.
    const { to, expected } = variant({ name: "Budapest en", articles: english, phrasebook: ENGLISH }, 7, ["renumberAll"]);
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
