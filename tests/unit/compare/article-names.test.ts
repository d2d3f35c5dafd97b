import { describe, expect, it } from "vitest";
import { pairName, paragraphName, renumbering, shortName } from "../../../lib/compare/article-names";

const article = (number: string, paragraphIds: string[]) => ({ label: `Article ${number}`, number, paragraphs: paragraphIds.map((id) => ({ id })) });

describe("names of articles, pairs and paragraphs as analysts write them", () => {
  it("names renumbered, merged and new articles by their short names", () => {
    expect(shortName({ label: "Article 24", number: "24" })).toBe("Art. 24");
    expect(renumbering(["Art. 24"], ["Art. 23"])).toBe("Art. 24 → Art. 23");
    expect(pairName({ from: [], to: [{ label: "Article 6", number: "6" }] })).toBe("— → Art. 6");
  });

  it("names a paragraph by its number in one article, and with its article's name where a split or merge puts several side by side", () => {
    const one = [article("20", ["p1", "p2"])];
    const split = [article("20", ["p1"]), article("21", ["a21:text", "q1", "q2"])];
    expect(paragraphName(one, { id: "p2", label: "2." })).toBe("2.");
    expect(paragraphName(split, { id: "q2", label: "2." })).toBe("Art. 21, 2.");
    // An article's own opening words have no number of their own: its name alone.
    expect(paragraphName(split, { id: "a21:text", label: null })).toBe("Art. 21");
    expect(paragraphName(one, { id: "a20:text", label: null })).toBe(null);
    expect(paragraphName(split, null)).toBe(null);
  });
});
