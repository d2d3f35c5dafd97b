import { describe, expect, it } from "vitest";
import { normalisedTokens, segmentsOf } from "../../../lib/diff/segments";
import { TokenBag } from "../../../lib/diff/token-similarity";
import { scanTokens } from "../../../lib/diff/tokenize";

describe("segmentsOf", () => {
  it("cuts after sentence ends and line breaks, not after a list label, keyed case- and spacing-blind", () => {
    const segments = segmentsOf(scanTokens("The State  shall act. It may.\n1. Each Party"));
    expect(segments.map(({ key, words, size }) => ({ key, words, size }))).toEqual([
      { key: "the\u0000state\u0000shall\u0000act\u0000.", words: 4, size: 5 },
      { key: "it\u0000may\u0000.", words: 2, size: 3 },
      { key: "1\u0000.\u0000each\u0000party", words: 3, size: 4 },
    ]);
  });
});

describe("normalisedTokens", () => {
  it("gives the segment's non-whitespace tokens as its key compares them", () => {
    const side = scanTokens("Each STATE, Party");
    expect(normalisedTokens(side, segmentsOf(side)[0]!)).toEqual(["each", "state", ",", "party"]);
  });

  it("keeps a token that holds a U+0000 whole", () => {
    const side = scanTokens("a \u0000 B");
    expect(normalisedTokens(side, segmentsOf(side)[0]!)).toEqual(["a", "\u0000", "b"]);
  });
});

describe("TokenBag", () => {
  it("bounds the similarity by the tokens in common, however often it is asked", () => {
    const bag = new TokenBag(["a", "b", "a"]);
    expect(bag.maxSimilarity(["a", "a", "a"])).toBeCloseTo(4 / 6);
    expect(bag.maxSimilarity(["b", "a", "a"])).toBe(1);
    expect(new TokenBag([]).maxSimilarity([])).toBe(1);
  });
});
