import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import { articlesFromTree, type ProvisionNodeLike } from "../../../lib/alignment/articles";
import { compareArticles } from "../../../lib/compare/compare-articles";
import { compareParsedDrafts, type ParsedDraftToCompare } from "../../../lib/compare/compare-drafts";
import { chaptersOf, filterPairs, filtersHiding } from "../../../lib/compare/filter-pairs";
import { comparisonJson, renderComparison } from "../../../lib/compare/render-terminal";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";

const draft = (file: string, language = "en") => {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/demo/drafts", file), "utf8");
  return { provisions: parseDraftText(text).provisions, language };
};

describe("comparing the zero draft with the revised draft", () => {
  const comparison = compareParsedDrafts(draft("sample-2-zero.en.txt"), draft("sample-3-revised.en.txt"));
  const json = comparisonJson(comparison);

  it("sums up what the answer key says changed", () => {
    const s = comparison.summary;
    expect(s.articles).toEqual({ from: 31, to: 34 });
    expect(s.unchanged + s.changed + s.added + s.removed + s.split + s.merged).toBe(comparison.pairs.length);
    expect(s.added).toBe(4); // personal data, jurisdiction, freezing and confiscation, reservations
    expect(s.merged).toBe(1); // spontaneous information into mutual legal assistance
    expect(s.wordsInserted).toBeGreaterThan(s.wordsDeleted);
  });

  it("labels pairs by printed article numbers, with their diff operations", () => {
    const safeguards = json.pairs.find((p) => p.to.includes("Article 26"))!;
    expect(safeguards).toMatchObject({ from: ["Article 23"], to: ["Article 26"], kind: "changed", renumbered: true });
    const before = safeguards.ops.filter((op) => op.type !== "insert" && op.type !== "move-to").map((op) => op.text).join("");
    const after = safeguards.ops.filter((op) => op.type !== "delete" && op.type !== "move-from").map((op) => op.text).join("");
    const articleText = (c: typeof comparison, side: "from" | "to", label: string) => c.pairs.flatMap((p) => p[side]).find((a) => a.label === label)!.text;
    expect(before).toBe(articleText(comparison, "from", "Article 23"));
    expect(after).toBe(articleText(comparison, "to", "Article 26"));
    const merge = json.pairs.find((p) => p.kind === "merged")!;
    expect(merge.from).toHaveLength(2);
  });

  it("shows reordered paragraphs of the safeguards article as moved", () => {
    const pair = comparison.pairs.find((p) => p.to[0]?.label === "Article 26")!;
    expect(pair.paragraphs.some((p) => p.moved)).toBe(true);
  });

  it("filters pairs by change, chapter and search words, keeping their places", () => {
    const changed = filterPairs(comparison.pairs, { onlyChanged: true, chapter: null, search: null });
    expect(changed.every(({ pair }) => pair.kind !== "unchanged")).toBe(true);
    expect(changed.length).toBeLessThan(comparison.pairs.length);
    const chapters = chaptersOf(comparison.pairs);
    const inChapter = filterPairs(comparison.pairs, { onlyChanged: false, chapter: chapters[0]!, search: null });
    expect(inChapter.length).toBeGreaterThan(0);
    expect(inChapter.every(({ pair }) => [...pair.from, ...pair.to].some((a) => a.chapter === chapters[0]))).toBe(true);
    const found = filterPairs(comparison.pairs, { onlyChanged: false, chapter: null, search: "PROPORTIONALITY" });
    expect(found.map(({ index }) => index)).toContain(comparison.pairs.findIndex((p) => p.to[0]?.label === "Article 26"));
  });

  it("names the filters that hide a pair, and only those", () => {
    const safeguards = comparison.pairs.find((p) => p.to[0]?.label === "Article 26")!;
    const unchanged = comparison.pairs.find((p) => p.kind === "unchanged")!;
    const otherChapter = chaptersOf(comparison.pairs).find((c) => ![...safeguards.from, ...safeguards.to].some((a) => a.chapter === c))!;
    expect(filtersHiding(safeguards, { onlyChanged: true, chapter: safeguards.to[0]!.chapter, search: "Proportionality" })).toEqual([]);
    expect(filtersHiding(safeguards, { onlyChanged: true, chapter: otherChapter, search: "no such words" })).toEqual(["chapter", "search"]);
    expect(filtersHiding(unchanged, { onlyChanged: true, chapter: null, search: null })).toEqual(["onlyChanged"]);
  });

  it("renders for a terminal with git-style markers when not a TTY", () => {
    const text = renderComparison(comparison, false);
    expect(text.split("\n")[0]).toMatch(/^31 → 34 articles: \d+ unchanged, \d+ changed, 4 added/);
    expect(text).toContain("Article 23 → Article 26  Conditions and safeguards  [changed, renumbered");
    expect(text).toMatch(/\{\+[^+]+\+\}/);
    expect(text).not.toContain("\x1b[");
    expect(renderComparison(comparison, true)).toContain("\x1b[32;4m");
  });
});

describe("the command line's comparison and the compare page's", () => {
  // The page diffs a stored alignment (pairs without paragraphs); the command line reuses the
  // paragraphs alignArticles found. Both must show the same comparison.
  const articles = (parsed: ParsedDraftToCompare, prefix: string) => {
    const withIds = (nodes: ParsedDraftToCompare["provisions"], at: string): ProvisionNodeLike[] =>
      nodes.map((node, i) => ({ ...node, id: `${at}.${i}`, children: withIds(node.children, `${at}.${i}`) }));
    return articlesFromTree(withIds(parsed.provisions, prefix));
  };

  it.each([
    ["sample-2-zero.en.txt", "en", "sample-3-revised.en.txt", "en"],
    ["sample-1-consolidated.en.txt", "en", "sample-3-revised.en.txt", "en"],
    ["sample-3-revised.en.txt", "en", "sample-3-revised.ar.txt", "ar"],
  ])("are the same for %s (%s) → %s (%s)", (fromFile, fromLanguage, toFile, toLanguage) => {
    const from = draft(fromFile, fromLanguage);
    const to = draft(toFile, toLanguage);
    const fromArticles = articles(from, "from");
    const toArticles = articles(to, "to");
    // compareArticles aligns the paragraphs of the pairs it is given again, as for a stored alignment.
    const pairs = alignArticles(fromArticles, toArticles, { language: { from: fromLanguage, to: toLanguage } });
    expect(compareParsedDrafts(from, to)).toEqual(compareArticles(fromArticles, toArticles, pairs));
  });
});
