import { describe, expect, it } from "vitest";
import { articleSimilarity } from "../../../lib/alignment/article-similarity";
import { demoArticles } from "./helpers/drafts";

const draft = demoArticles("2");
const illegalAccess = draft.findIndex((article) => article.heading === "Illegal access");

/** How alike the heading of "Illegal access" is to itself retitled, among the other headings of the draft. */
function headingScore(heading: string): number {
  const retitled = draft.map((article, index) => (index === illegalAccess ? { ...article, heading } : article));
  return articleSimilarity(draft, retitled).heading(illegalAccess, illegalAccess)!;
}

describe("heading similarity", () => {
  it("counts the word that tells articles apart above a word other headings share", () => {
    // "Illegal" also heads "Illegal interception"; only this article is about access.
    expect(headingScore("Unlawful access")).toBeGreaterThan(headingScore("Illegal extortion"));
  });

  it("is 1 for the same heading and 0 for headings with no word in common", () => {
    expect(headingScore("Illegal access")).toBe(1);
    expect(headingScore("Extortion")).toBe(0);
  });
});
