import { describe, expect, it } from "vitest";
import { redline, type RedlineSegment } from "../../../lib/export/redline";
import { SAFEGUARDS } from "./helpers/fixtures";

const CURRENT = "Each State Party shall ensure that the powers are subject to conditions that reflect the principles of legality, necessity and proportionality.";

const before = (segments: RedlineSegment[]) => segments.filter((s) => s.type !== "insert").map((s) => s.text).join("");
const after = (segments: RedlineSegment[]) => segments.filter((s) => s.type !== "delete").map((s) => s.text).join("");

describe("redline", () => {
  it("applies the change where the quote stands, reading back to the current and the amended text", () => {
    const { inContext, segments } = redline(CURRENT, SAFEGUARDS.quote, SAFEGUARDS.proposed);
    expect(inContext).toBe(true);
    expect(before(segments)).toBe(CURRENT);
    expect(after(segments)).toBe(CURRENT.replace(SAFEGUARDS.quote, SAFEGUARDS.proposed));
    expect(segments[0]).toEqual({ type: "equal", text: expect.stringContaining("Each State Party") });
    expect(segments.at(-1)).toEqual({ type: "equal", text: "." });
    expect(segments.filter((s) => s.type === "insert").map((s) => s.text).join(" ")).toContain("non-discrimination");
  });

  it("marks whole words and joins neighbours of one kind", () => {
    const { segments } = redline("at least four years or more", "at least four years", "at least six years");
    expect(segments).toEqual([
      { type: "equal", text: "at least " },
      { type: "delete", text: "four" },
      { type: "insert", text: "six" },
      { type: "equal", text: " years or more" },
    ]);
  });

  it("shows a moved phrase as struck out and written again", () => {
    const quote = "Necessity comes first. Legality comes second.";
    const { segments } = redline(quote, quote, "Legality comes second. Necessity comes first.");
    expect(segments.every((segment) => ["equal", "insert", "delete"].includes(segment.type))).toBe(true);
    expect(before(segments)).toBe(quote);
    expect(after(segments)).toBe("Legality comes second. Necessity comes first.");
  });

  it("falls back to the quote alone when the current text no longer contains it", () => {
    const { inContext, segments } = redline(CURRENT, "words from an older draft", "words from a newer draft");
    expect(inContext).toBe(false);
    expect(before(segments)).toBe("words from an older draft");
    expect(after(segments)).toBe("words from a newer draft");
  });

  it("handles a proposal that deletes the quote entirely", () => {
    const { segments } = redline("keep this, drop this, keep that", "drop this, ", "");
    expect(segments).toEqual([
      { type: "equal", text: "keep this, " },
      { type: "delete", text: "drop this, " },
      { type: "equal", text: "keep that" },
    ]);
  });
});
