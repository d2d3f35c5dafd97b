import { describe, expect, it } from "vitest";
import { isClusterBoundary } from "../../../lib/anchoring/characters";
import { describeQuote } from "../../../lib/anchoring/text-quote";

const TEXT = "Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law.";

describe("describeQuote", () => {
  it("keeps the exact words and whole words of context either side", () => {
    const start = TEXT.indexOf("legislative");
    const quote = describeQuote(TEXT, start, start + "legislative".length);
    expect(quote).toEqual({ type: "TextQuoteSelector", exact: "legislative", prefix: "State Party shall adopt such ", suffix: " and other measures as may be" });
    expect(quote.prefix.length).toBeLessThanOrEqual(32);
    expect(quote.suffix.length).toBeLessThanOrEqual(32);
  });

  it("has an empty prefix at the start of the text and an empty suffix at its end", () => {
    expect(describeQuote(TEXT, 0, 4)).toMatchObject({ exact: "Each", prefix: "" });
    expect(describeQuote(TEXT, TEXT.length - 4, TEXT.length)).toMatchObject({ exact: "law.", suffix: "" });
    expect(describeQuote(TEXT, 0, TEXT.length)).toMatchObject({ prefix: "", suffix: "" });
    expect(describeQuote("abc", 1, 1)).toEqual({ type: "TextQuoteSelector", exact: "", prefix: "a", suffix: "bc" });
  });

  it("takes shorter context when the edge is near, and honours another context length", () => {
    expect(describeQuote(TEXT, 5, 10)).toMatchObject({ exact: "State", prefix: "Each " });
    const start = TEXT.indexOf("measures");
    expect(describeQuote(TEXT, start, start + 8, 10)).toMatchObject({ prefix: "and other ", suffix: " as may be" });
  });

  it("cuts a context that is one long word at a character, not a word boundary", () => {
    const text = `${"x".repeat(40)}QUOTE${"y".repeat(40)}`;
    expect(describeQuote(text, 40, 45)).toMatchObject({ prefix: "x".repeat(32), suffix: "y".repeat(32) });
  });

  it("rejects offsets outside the text", () => {
    expect(() => describeQuote(TEXT, -1, 3)).toThrow(RangeError);
    expect(() => describeQuote(TEXT, 5, 4)).toThrow(RangeError);
    expect(() => describeQuote(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀"; // two UTF-16 units
    const text = `${emoji.repeat(30)}quote${emoji.repeat(30)}`;
    const start = text.indexOf("quote");
    for (const context of [31, 32, 33]) {
      const quote = describeQuote(text, start, start + 5, context);
      expect(quote.prefix.length % 2).toBe(0);
      expect(quote.suffix.length % 2).toBe(0);
      expect([...quote.prefix].every((character) => character === emoji)).toBe(true);
    }
  });

  it("keeps Vietnamese base letters with their tone marks, decomposed or not", () => {
    // NFD: every tone mark is its own code unit after its base letter.
    const text = "Mỗi Quốc gia thành viên sẽ thông qua các biện pháp lập pháp và các biện pháp khác".normalize("NFD");
    const start = text.indexOf("biện".normalize("NFD"));
    for (let context = 5; context <= 40; context++) {
      const quote = describeQuote(text, start, start + "biện".normalize("NFD").length, context);
      const prefixStart = start - quote.prefix.length;
      expect(isClusterBoundary(text, prefixStart)).toBe(true);
      expect(isClusterBoundary(text, start + quote.exact.length + quote.suffix.length)).toBe(true);
      expect(quote.prefix === "" || /^[\s\p{L}]/u.test(quote.prefix)).toBe(true);
    }
    const prefix = describeQuote(text, start, start + "biện".normalize("NFD").length).prefix.normalize("NFC");
    expect(prefix).toBe("viên sẽ thông qua các ");
  });

  it("keeps Arabic letters with their harakat", () => {
    const text = "تَتَّخِذُ كُلُّ دَوْلَةٍ طَرَفٍ مَا قَدْ يَلْزَمُ مِنْ تَدَابِيرَ تَشْرِيعِيَّةٍ وَتَدَابِيرَ أُخْرَى";
    const word = "تَدَابِيرَ";
    const start = text.indexOf(word);
    for (let context = 3; context <= 40; context++) {
      const quote = describeQuote(text, start, start + word.length, context);
      expect(isClusterBoundary(text, start - quote.prefix.length)).toBe(true);
      expect(isClusterBoundary(text, start + word.length + quote.suffix.length)).toBe(true);
      expect(/^\p{M}/u.test(quote.suffix.slice(0, 1)) || /^\p{M}/u.test(quote.prefix.slice(0, 1))).toBe(false);
    }
    expect(describeQuote(text, start, start + word.length).prefix).toBe("طَرَفٍ مَا قَدْ يَلْزَمُ مِنْ ");
    expect(describeQuote(text, start, start + word.length).suffix).toBe(" تَشْرِيعِيَّةٍ وَتَدَابِيرَ");
  });
});
