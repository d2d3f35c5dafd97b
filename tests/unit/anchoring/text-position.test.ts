import { describe, expect, it } from "vitest";
import { describePosition, positionStillMatches } from "../../../lib/anchoring/text-position";
import { describeQuote } from "../../../lib/anchoring/text-quote";

const TEXT = "States Parties shall ensure that the implementation of their obligations is consistent with human rights law.";
const start = TEXT.indexOf("shall ensure");
const position = describePosition(start, start + "shall ensure".length);
const quote = describeQuote(TEXT, position.start, position.end);

describe("positionStillMatches", () => {
  it("describes offsets as a W3C TextPositionSelector", () => {
    expect(position).toEqual({ type: "TextPositionSelector", start: 15, end: 27 });
  });

  it("holds on the text the selector was made on", () => {
    expect(positionStillMatches(TEXT, position, quote)).toBe(true);
  });

  it("fails once words before the quote shift it", () => {
    expect(positionStillMatches(`The ${TEXT}`, position, quote)).toBe(false);
  });

  it("fails when the quoted words changed in place", () => {
    expect(positionStillMatches(TEXT.replace("shall ensure", "shall assure"), position, quote)).toBe(false);
  });

  it("tolerates Unicode and whitespace normalisation only", () => {
    const text = "Mỗi Quốc gia thành viên";
    const at = describePosition(4, 8);
    const decomposedQuote = { ...describeQuote(text, 4, 8), exact: "Quốc".normalize("NFD") };
    expect(positionStillMatches(text, at, decomposedQuote)).toBe(true);
    const spaced = "shall  ensure";
    expect(positionStillMatches(spaced, describePosition(0, spaced.length), { ...quote, exact: "shall\nensure" })).toBe(true);
  });

  it("fails on offsets outside the text or out of order", () => {
    expect(positionStillMatches("short", position, quote)).toBe(false);
    expect(positionStillMatches(TEXT, describePosition(10, 5), quote)).toBe(false);
    expect(positionStillMatches(TEXT, describePosition(-1, 5), quote)).toBe(false);
    expect(positionStillMatches(TEXT, describePosition(1.5, 5), quote)).toBe(false);
  });
});
