import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import { alignParagraphs } from "../../../lib/alignment/align-paragraphs";
import type { AlignableArticle, AlignableParagraph, ParagraphPair } from "../../../lib/alignment/types";
import { demoArticles } from "./helpers/drafts";

const draft2 = demoArticles("2");
const draft3 = demoArticles("3");

function byHeading(articles: AlignableArticle[], heading: string): AlignableArticle {
  const found = articles.find((a) => a.heading === heading);
  if (!found) throw new Error(`no article “${heading}”`);
  return found;
}

/** Pairs as [old label, new label, kind, moved]. */
function labelled(pairs: ParagraphPair[], from: AlignableParagraph[], to: AlignableParagraph[]) {
  const label = (id: string | null, paragraphs: AlignableParagraph[]) => paragraphs.find((p) => p.id === id)?.label ?? null;
  return pairs.map((p) => [label(p.from, from), label(p.to, to), p.kind, p.moved]);
}

describe("paragraph alignment of reordered articles (draft 2 → draft 3)", () => {
  it("sees the swapped paragraphs of “Conditions and safeguards” as moved, not deleted and inserted", () => {
    const before = byHeading(draft2, "Conditions and safeguards");
    const after = byHeading(draft3, "Conditions and safeguards");
    const pairs = alignParagraphs(before.paragraphs, after.paragraphs);
    expect(labelled(pairs, before.paragraphs, after.paragraphs)).toEqual([
      ["1.", "1.", "unchanged", false],
      ["3.", "2.", "changed", true],
      ["2.", "3.", "changed", false],
      [null, "4.", "added", false],
    ]);
  });

  it("sees the swapped paragraphs of “Offences established under other conventions” as moved", () => {
    const before = byHeading(draft2, "Offences established under other conventions");
    const after = byHeading(draft3, "Offences established under other conventions");
    const pairs = alignParagraphs(before.paragraphs, after.paragraphs);
    expect(labelled(pairs, before.paragraphs, after.paragraphs)).toEqual([
      ["1.", "1.", "changed", false],
      ["3.", "2.", "unchanged", false],
      ["2.", "3.", "changed", true],
    ]);
  });

  it("aligns the paragraphs of every pair, across both articles of a merge", () => {
    const pairs = alignArticles(draft2, draft3);
    const safeguards = pairs.find((p) => p.to[0] === byHeading(draft3, "Conditions and safeguards").id);
    expect(safeguards?.paragraphs.filter((p) => p.moved)).toHaveLength(1);
    const merged = pairs.find((p) => p.kind === "merged")!;
    const articlesOf = (ids: string[], articles: AlignableArticle[]) => ids.map((id) => articles.find((a) => a.id === id)!);
    const [assistance, spontaneous] = articlesOf(merged.from, draft2);
    const [into] = articlesOf(merged.to, draft3);
    // Spontaneous information became the last two paragraphs of mutual legal assistance.
    expect(labelled(merged.paragraphs, [...assistance!.paragraphs, ...spontaneous!.paragraphs], into!.paragraphs)).toEqual([
      ["1.", "1.", "changed", false],
      ["2.", "2.", "unchanged", false],
      ["3.", "3.", "unchanged", false],
      ["4.", "4.", "unchanged", false],
      ["5.", "5.", "changed", false],
      ["1.", "6.", "unchanged", false],
      ["2.", "7.", "changed", false],
    ]);
    expect(merged.paragraphs.slice(5).map((p) => p.from)).toEqual(spontaneous!.paragraphs.map((p) => p.id));
    expect(pairs.filter((p) => p.kind === "added").every((p) => p.paragraphs.length === 0)).toBe(true);
  });
});

describe("alignParagraphs", () => {
  const paragraph = (id: string, label: string | null, text: string): AlignableParagraph => ({ id, label, text });
  const old = [
    paragraph("a1", "1.", "Each State Party shall adopt measures to protect witnesses and experts."),
    paragraph("a2", "2.", "Such measures may include procedures for the physical protection of such persons."),
    paragraph("a3", "3.", "States Parties shall consider entering into agreements for the relocation of persons."),
    paragraph("a4", "4.", "The provisions of this article shall also apply to victims insofar as they are witnesses."),
  ];

  it("pairs identical paragraphs unchanged, in place", () => {
    const pairs = alignParagraphs(old, old);
    expect(pairs.map((p) => [p.from, p.to, p.kind, p.moved, p.score])).toEqual(old.map((p) => [p.id, p.id, "unchanged", false, 1]));
  });

  it("pairs repeated paragraphs in place whether their text is kept as it was or only respaced", () => {
    const repeated = [old[0]!, old[1]!, old[0]!, old[0]!];
    const renamed = (paragraphs: AlignableParagraph[], respace: boolean) =>
      paragraphs.map((p, i) => ({ ...p, id: `b${i + 1}`, text: respace ? p.text.replace(/ /g, "  ") : p.text }));
    const expected = repeated.map((p, i) => ({ from: p.id, to: `b${i + 1}`, score: 1, kind: "unchanged", moved: false }));
    expect(alignParagraphs(repeated, renamed(repeated, false))).toEqual(expected);
    expect(alignParagraphs(repeated, renamed(repeated, true))).toEqual(expected);
  });

  it("flags only the paragraph that left its place", () => {
    const moved = [old[0]!, old[2]!, old[3]!, old[1]!].map((p, i) => ({ ...p, id: `b${i + 1}`, label: `${i + 1}.` }));
    const pairs = alignParagraphs(old, moved);
    expect(pairs.map((p) => [p.from, p.to, p.kind, p.moved])).toEqual([
      ["a1", "b1", "unchanged", false],
      ["a3", "b2", "unchanged", false],
      ["a4", "b3", "unchanged", false],
      ["a2", "b4", "unchanged", true],
    ]);
  });

  it("keeps edited paragraphs paired, and puts removed ones where they stood", () => {
    const edited = [
      paragraph("b1", "1.", "Each State Party shall take appropriate measures to protect witnesses and experts."),
      paragraph("b2", "2.", "The provisions of this article shall also apply to victims insofar as they are witnesses."),
      paragraph("b3", "3.", "Nothing in this article shall prejudice the rights of the defendant."),
    ];
    const pairs = alignParagraphs(old, edited);
    expect(pairs.map((p) => [p.from, p.to, p.kind])).toEqual([
      ["a1", "b1", "changed"],
      ["a2", null, "removed"],
      ["a3", null, "removed"],
      ["a4", "b2", "unchanged"],
      [null, "b3", "added"],
    ]);
    expect(pairs[0]!.score).toBeGreaterThan(0.3);
    expect(pairs[0]!.score).toBeLessThan(1);
  });

  it("handles empty sides", () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(alignParagraphs(old.slice(0, 1), []).map((p) => p.kind)).toEqual(["removed"]);
    expect(alignParagraphs([], old.slice(0, 1)).map((p) => p.kind)).toEqual(["added"]);
  });
});
