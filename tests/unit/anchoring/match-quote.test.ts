import { describe, expect, it } from "vitest";
import { matchQuote } from "../../../lib/anchoring/match-quote";
import { originalRange, prepareText } from "../../../lib/anchoring/prepared-text";
import type { TextQuoteSelector } from "../../../lib/anchoring/types";

const quote = (exact: string, prefix = "", suffix = ""): TextQuoteSelector => ({ type: "TextQuoteSelector", exact, prefix, suffix });

describe("prepareText", () => {
  it("collapses whitespace and composes characters, mapping back to whole original characters", () => {
    const original = "Quo\u0302\u0301c  gia\n\nthành"; // "Quốc" decomposed, double space, paragraph break
    const prepared = prepareText(original);
    expect(prepared.normalised).toBe("Quốc gia thành");
    expect(originalRange(prepared, 0, 4)).toEqual({ start: 0, end: 6 });
    expect(originalRange(prepared, 2, 3)).toEqual({ start: 2, end: 5 }); // "ố" is three original units
    expect(originalRange(prepared, 4, 5)).toEqual({ start: 6, end: 8 }); // the collapsed space
    expect(originalRange(prepared, 14, 14)).toEqual({ start: original.length, end: original.length });
  });
});

describe("matchQuote", () => {
  const text = "Each State Party shall adopt such legislative measures. A State Party may adopt other measures.";

  it("finds exact words with a perfect score when the context fits", () => {
    const start = text.indexOf("legislative");
    expect(matchQuote(text, quote("legislative", "shall adopt such ", " measures."), { position: start })).toEqual({ start, end: start + 11, score: 1 });
  });

  it("returns null for an empty quote or nothing close", () => {
    expect(matchQuote(text, quote(""))).toBeNull();
    expect(matchQuote(text, quote("zzzzzzzzzzzz"))).toBeNull();
  });

  it("scores a reworded quote by its errors, weighted 50 of 92", () => {
    const match = matchQuote(text, quote("such legislatve measures", "State Party shall adopt ", ". A State Party"))!;
    expect(text.slice(match.start, match.end)).toBe("such legislative measures");
    // One error in 24 characters, context and place exact: (50·23/24 + 20 + 20 + 2) / 92.
    expect(match.score).toBeCloseTo((50 * (23 / 24) + 42) / 92, 5);
  });

  it("lowers the score when the context no longer fits", () => {
    const fitting = matchQuote(text, quote("legislative", "shall adopt such ", " measures."))!;
    const foreign = matchQuote(text, quote("legislative", "the Secretary-General shall ", " instruments of ratification"))!;
    expect(foreign.start).toBe(fitting.start);
    expect(foreign.score).toBeLessThan(0.75);
    expect(fitting.score).toBe(1);
  });

  it("breaks ties between repeated words by context first", () => {
    const second = text.indexOf("adopt other");
    const first = text.indexOf("adopt such");
    // The hint points at the first "adopt", but the context is the second one's.
    expect(matchQuote(text, quote("adopt", "State Party may ", " other measures"), { position: first })?.start).toBe(second);
    expect(matchQuote(text, quote("adopt", "State Party shall ", " such legislative"), { position: second })?.start).toBe(first);
  });

  it("breaks ties of equal context by distance to the old position", () => {
    const repeated = "to the extent possible; to the extent possible; to the extent possible";
    const occurrences = [0, 24, 48];
    for (const start of occurrences) {
      expect(matchQuote(repeated, quote("the extent", "", ""), { position: start + 3 })?.start).toBe(start + 3);
    }
  });

  it("matches decomposed or re-flowed quotes and returns offsets into the original text", () => {
    const vietnamese = "Mỗi Quốc gia thành viên sẽ thông qua các biện pháp lập pháp";
    const match = matchQuote(vietnamese, quote("biện  pháp\nlập".normalize("NFD"), "thông qua các ", " pháp"))!;
    expect(vietnamese.slice(match.start, match.end)).toBe("biện pháp lập");
    const arabic = "تَتَّخِذُ كُلُّ دَوْلَةٍ طَرَفٍ مَا قَدْ يَلْزَمُ مِنْ تَدَابِيرَ";
    const found = matchQuote(arabic, quote("دَوْلَةٍ طَرَفٍ", "كُلُّ ", " مَا"))!;
    expect(arabic.slice(found.start, found.end)).toBe("دَوْلَةٍ طَرَفٍ");
  });

  it("never returns a span that splits a surrogate pair or a combining sequence", () => {
    const text = "abc 😀😀 xyz Quốc".normalize("NFD");
    const emoji = matchQuote(text, quote("c 😀😁 x", "ab", "yz"))!; // one emoji differs: fuzzy, inside words
    expect(text.slice(emoji.start, emoji.end)).toBe("c 😀😀 x");
    const mark = matchQuote(text, quote("Quoc"))!;
    expect(text.slice(mark.start, mark.end).normalize("NFC")).toBe("Quốc");
  });

  it("widens an approximate match to whole words and the context it sits in", () => {
    const revised = "States Parties shall consider taking steps to exclude from criminalization conduct";
    const match = matchQuote(revised, quote("may take steps to exclude", "States Parties ", " from criminalization"))!;
    expect(revised.slice(match.start, match.end)).toBe("shall consider taking steps to exclude");
  });
});
