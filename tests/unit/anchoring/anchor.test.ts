import { describe, expect, it } from "vitest";
import { ACCEPT_SCORE, anchor } from "../../../lib/anchoring/anchor";
import { describePosition } from "../../../lib/anchoring/text-position";
import { describeQuote } from "../../../lib/anchoring/text-quote";

const OLD = "Each State Party shall adopt such legislative and other measures as may be necessary. A State Party may require that the conduct result in serious harm.";

function targetOn(text: string, phrase: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(phrase, start + 1);
  return { quote: describeQuote(text, start, start + phrase.length), position: describePosition(start, start + phrase.length) };
}

describe("anchor", () => {
  it("uses the offsets while they still hold the quote", () => {
    const target = targetOn(OLD, "legislative and other measures");
    expect(anchor(OLD, target)).toEqual({ status: "anchored", start: target.position.start, end: target.position.end, exact: true, method: "position", score: 1 });
  });

  it("finds the quote again when words before it moved it", () => {
    const target = targetOn(OLD, "legislative and other measures");
    const revised = `1. ${OLD}`;
    expect(anchor(revised, target)).toMatchObject({ status: "anchored", start: target.position.start + 3, exact: true, method: "quote" });
  });

  it("does not trust offsets that hold the words of another occurrence", () => {
    // "State Party" at the old offsets of the first occurrence now belongs to the second sentence.
    const target = targetOn(OLD, "State Party", 1);
    const revised = OLD.replace("Each State Party shall adopt such legislative and other measures as may be necessary. ", "Each State Party ");
    const result = anchor(revised, target);
    expect(result).toMatchObject({ status: "anchored", exact: true, method: "quote" });
    if (result.status === "anchored") expect(revised.slice(result.start - 2, result.end)).toBe("A State Party");
  });

  it("prefers the occurrence whose context matches, then the nearest", () => {
    const target = targetOn(OLD, "may", 1);
    const revised = OLD.replace("A State Party may require", "Any State Party may require");
    const result = anchor(revised, target);
    expect(result.status === "anchored" && revised.slice(result.start, result.end + 8)).toBe("may require");
  });

  it("falls back to a fuzzy match and says the words changed", () => {
    const target = targetOn(OLD, "A State Party may require that the conduct result in serious harm");
    const revised = OLD.replace("may require that the conduct result in serious harm", "may require that the conduct result in substantial harm");
    const result = anchor(revised, target);
    expect(result).toMatchObject({ status: "anchored", exact: false, method: "fuzzy" });
    if (result.status === "anchored") {
      expect(revised.slice(result.start, result.end)).toBe("A State Party may require that the conduct result in substantial harm");
      expect(result.score).toBeGreaterThanOrEqual(ACCEPT_SCORE);
    }
  });

  it("orphans the annotation when its words are gone", () => {
    const target = targetOn(OLD, "result in serious harm");
    expect(anchor("Each State Party shall adopt such measures.", target)).toMatchObject({ status: "orphaned" });
  });

  it("orphans a short quote that only survives in another context rather than guess", () => {
    const target = targetOn(OLD, "may", 1); // "may require"
    const revised = "Each State Party shall adopt such legislative and other measures as may be necessary. A State Party shall require serious harm.";
    const result = anchor(revised, target);
    expect(result).toMatchObject({ status: "orphaned" });
    if (result.status === "orphaned") expect(result.reason).toMatch(/not in their context/);
  });

  it("accepts a long quote found once even in a new context", () => {
    const phrase = "legislative and other measures as may be necessary";
    const target = targetOn(OLD, phrase);
    const revised = `Subject to its constitution, every signatory shall take ${phrase} forthwith.`;
    expect(anchor(revised, target)).toMatchObject({ status: "anchored", exact: true, method: "quote", start: revised.indexOf(phrase) });
  });

  it("orphans an empty quote", () => {
    expect(anchor(OLD, targetOn(OLD, ""))).toMatchObject({ status: "orphaned" });
  });

  it("anchors in Arabic and Vietnamese text with combining marks", () => {
    const arabic = "تَتَّخِذُ كُلُّ دَوْلَةٍ طَرَفٍ مَا قَدْ يَلْزَمُ مِنْ تَدَابِيرَ تَشْرِيعِيَّةٍ";
    const target = targetOn(arabic, "مَا قَدْ يَلْزَمُ");
    const revisedArabic = `١. ${arabic}`;
    const found = anchor(revisedArabic, target);
    expect(found.status === "anchored" && revisedArabic.slice(found.start, found.end)).toBe("مَا قَدْ يَلْزَمُ");
    const vietnamese = "Mỗi Quốc gia thành viên sẽ thông qua các biện pháp lập pháp và các biện pháp khác";
    const phrase = "biện pháp lập pháp";
    const revised = vietnamese.replace("sẽ thông qua", "phải thông qua").normalize("NFD");
    const result = anchor(revised, targetOn(vietnamese, phrase));
    expect(result).toMatchObject({ status: "anchored", exact: true, method: "quote" });
    if (result.status === "anchored") expect(revised.slice(result.start, result.end).normalize("NFC")).toBe(phrase);
  });
});
