import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import type { AlignableArticle, ArticlePair } from "../../../lib/alignment/types";
import { demoArticles, type DemoDraft } from "./helpers/drafts";

// The answer key of prisma/demo/CHANGES.md, one row a pair, in the order of the newer draft with
// dropped articles where they stood: "old numbers → new numbers kind [renumbered] [moved]".
const DRAFT_1_TO_2 = [
  "1 → 1 unchanged",
  "2 → 2 changed",
  "3 → 3 changed",
  "4 → 4 unchanged",
  "— → 5 added",
  "5 → 6 changed renumbered",
  "6 → 7 changed renumbered",
  "7 → 8 changed renumbered",
  "8 → 9 changed renumbered",
  "9 → 10 changed renumbered",
  "10 → 11 unchanged renumbered",
  "11 → 12 changed renumbered",
  "12 → 13 changed renumbered",
  "13 → — removed",
  "14 → 14 changed",
  "15 → 15 unchanged",
  "16 → 16 changed",
  "17 → 17 changed",
  "18+19 → 18 merged",
  "20 → 19+20 split",
  "21 → 21 changed",
  "22 → 22 changed",
  "24 → 23 changed renumbered",
  "25 → 24 changed renumbered",
  "26 → 25 changed renumbered",
  "27 → 26 changed renumbered",
  "23 → 27 changed renumbered moved",
  "28 → 28 unchanged",
  "29 → 29 unchanged",
  "30 → 30 unchanged",
  "— → 31 added",
];

const DRAFT_2_TO_3 = [
  "1 → 1 changed",
  "2 → 2 changed",
  "3 → 3 changed",
  "4 → 4 unchanged",
  "5 → 5 changed",
  "— → 6 added",
  "6 → 7 changed renumbered",
  "7 → 8 unchanged renumbered",
  "8 → 9 unchanged renumbered",
  "9 → 10 unchanged renumbered",
  "10 → 11 changed renumbered",
  "11 → 12 unchanged renumbered",
  "12 → 13 unchanged renumbered",
  "13 → 14 changed renumbered",
  "14 → 15 changed renumbered",
  "15 → 16 unchanged renumbered",
  "16 → 17 unchanged renumbered",
  "— → 18 added",
  "17 → 19 changed renumbered",
  "18 → 20 unchanged renumbered",
  "19 → 21 unchanged renumbered",
  "20 → 22 changed renumbered",
  "21 → 23 changed renumbered",
  "22 → 24 changed renumbered",
  "— → 25 added",
  "23 → 26 changed renumbered",
  "24 → 27 changed renumbered",
  "25 → 28 changed renumbered",
  "26+27 → 29 merged",
  "28 → 30 unchanged renumbered",
  "29 → 31 unchanged renumbered",
  "30 → 32 changed renumbered",
  "— → 33 added",
  "31 → 34 changed renumbered",
];

// Both steps at once: Spontaneous information (23) left Chapter III and ended up merged into
// Mutual legal assistance (27 → 29), so that merge counts as a move.
const DRAFT_1_TO_3 = [
  "1 → 1 changed",
  "2 → 2 changed",
  "3 → 3 changed",
  "4 → 4 unchanged",
  "— → 5 added",
  "— → 6 added",
  "5 → 7 changed renumbered",
  "6 → 8 changed renumbered",
  "7 → 9 changed renumbered",
  "8 → 10 changed renumbered",
  "9 → 11 changed renumbered",
  "10 → 12 unchanged renumbered",
  "11 → 13 changed renumbered",
  "12 → 14 changed renumbered",
  "13 → — removed",
  "14 → 15 changed renumbered",
  "15 → 16 unchanged renumbered",
  "16 → 17 changed renumbered",
  "— → 18 added",
  "17 → 19 changed renumbered",
  "18+19 → 20 merged",
  "20 → 21+22 split",
  "21 → 23 changed renumbered",
  "22 → 24 changed renumbered",
  "— → 25 added",
  "24 → 26 changed renumbered",
  "25 → 27 changed renumbered",
  "26 → 28 changed renumbered",
  "23+27 → 29 merged moved",
  "28 → 30 unchanged renumbered",
  "29 → 31 unchanged renumbered",
  "30 → 32 changed renumbered",
  "— → 33 added",
  "— → 34 added",
];

const drafts = Object.fromEntries((["1", "2", "3", "3ar"] as const).map((d) => [d, demoArticles(d)])) as Record<DemoDraft, AlignableArticle[]>;

function describePair(pair: ArticlePair, from: AlignableArticle[], to: AlignableArticle[]): string {
  const numbers = (ids: string[], articles: AlignableArticle[]) =>
    ids.length === 0 ? "—" : ids.map((id) => articles.find((a) => a.id === id)?.number ?? "?").join("+");
  const flags = [pair.renumbered ? "renumbered" : "", pair.moved ? "moved" : ""].filter(Boolean);
  return [numbers(pair.from, from), "→", numbers(pair.to, to), pair.kind, ...flags].join(" ");
}

describe.each([
  ["1", "2", DRAFT_1_TO_2],
  ["2", "3", DRAFT_2_TO_3],
  ["1", "3", DRAFT_1_TO_3],
] as const)("demo draft %s → draft %s", (fromDraft, toDraft, expected) => {
  const from = drafts[fromDraft];
  const to = drafts[toDraft];
  const pairs = alignArticles(from, to, { language: { from: "en", to: "en" } });

  it("matches the answer key pair for pair, kinds, flags and order included", () => {
    expect(pairs.map((pair) => describePair(pair, from, to))).toEqual(expected);
  });

  it("puts every article of each draft in exactly one pair", () => {
    expect(pairs.flatMap((p) => p.from).sort()).toEqual(from.map((a) => a.id).sort());
    expect(pairs.flatMap((p) => p.to).sort()).toEqual(to.map((a) => a.id).sort());
  });

  it("explains one-to-one pairs by heading and text, never by number", () => {
    for (const pair of pairs.filter((p) => p.kind === "changed" || p.kind === "unchanged")) {
      expect(pair.reasons).not.toContain("same-number");
      expect(pair.reasons.length).toBeGreaterThan(0);
      expect(pair.score).toBeGreaterThan(0.3);
    }
  });
});

describe("demo draft 3, English → Arabic", () => {
  const english = drafts["3"];
  const arabic = drafts["3ar"];

  it("pairs all 34 articles one-to-one by number and structure", () => {
    const pairs = alignArticles(english, arabic, { language: { from: "en", to: "ar" } });
    expect(pairs).toHaveLength(34);
    pairs.forEach((pair, index) => {
      expect(pair).toMatchObject({ from: [english[index]!.id], to: [arabic[index]!.id], reasons: ["same-number"], moved: false, renumbered: false });
      expect(pair.paragraphs.map((p) => [p.from, p.to])).toEqual(english[index]!.paragraphs.map((p, i) => [p.id, arabic[index]!.paragraphs[i]!.id]));
    });
  });

  it("cannot pair them by words, which is why languages must be given", () => {
    const pairs = alignArticles(english, arabic);
    expect(pairs.filter((p) => p.kind === "changed" || p.kind === "unchanged").length).toBeLessThan(5);
  });
});
