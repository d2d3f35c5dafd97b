import { describe, expect, it, vi } from "vitest";
import { carryForward, type CandidateProvision } from "../../../lib/anchoring/carry-forward";
import { describePosition } from "../../../lib/anchoring/text-position";
import { describeQuote } from "../../../lib/anchoring/text-quote";
import type { TextTarget } from "../../../lib/anchoring/types";

const OLD = "Each State Party shall adopt such legislative and other measures as may be necessary under its domestic law.";

function target(provisionId: string, text: string, phrase: string): TextTarget {
  const start = text.indexOf(phrase);
  return { provisionId, quote: describeQuote(text, start, start + phrase.length), position: describePosition(start, start + phrase.length) };
}

describe("carryForward", () => {
  it("reports same, text-changed with a word diff, and orphaned, in the given order", () => {
    const revised = "Each State Party shall consider adopting such legislative and other measures as may be necessary.";
    const annotations = [
      { id: "same", target: target("p1", OLD, "legislative and other measures") },
      { id: "changed", target: target("p1", OLD, "Each State Party shall adopt such legislative") },
      { id: "gone", target: target("p1", OLD, "under its domestic law") },
      { id: "deleted", target: target("p2", OLD, "legislative") },
    ];
    const candidates = (id: string): CandidateProvision[] => (id === "p1" ? [{ id: "q1", text: revised }] : []);
    const results = carryForward(annotations, candidates, { language: "en" });
    expect(results.map((result) => [result.annotationId, result.outcome])).toEqual([
      ["same", "same"],
      ["changed", "text-changed"],
      ["gone", "orphaned"],
      ["deleted", "orphaned"],
    ]);
    expect(results[0]!.target).toEqual(target("q1", revised, "legislative and other measures"));
    expect(results[1]!.target?.quote.exact).toBe("Each State Party shall consider adopting such legislative");
    expect(results[1]!.diff).toEqual([
      { type: "equal", text: "Each State Party shall " },
      { type: "delete", text: "adopt" },
      { type: "insert", text: "consider adopting" },
      { type: "equal", text: " such legislative" },
    ]);
    expect(results[3]!.reason).toMatch(/deleted/);
  });

  it("looks each provision's candidates up and normalises each text once", () => {
    const candidates = vi.fn((): CandidateProvision[] => [{ id: "q1", text: OLD }]);
    const annotations = Array.from({ length: 50 }, (_, index) => ({ id: `a${index}`, target: target("p1", OLD, "shall adopt") }));
    const normalize = vi.spyOn(String.prototype, "normalize");
    const results = carryForward(annotations, candidates);
    const normalised = normalize.mock.calls.length;
    normalize.mockRestore();
    expect(candidates).toHaveBeenCalledTimes(1);
    expect(results.every((result) => result.outcome === "same")).toBe(true);
    // The provision text once (one call per character cluster), plus quote and context per annotation.
    expect(normalised).toBeLessThan(OLD.length + 50 * 3 * 16);
  });

  it("prefers the very words in one aligned provision to look-alikes in another, then the earlier provision", () => {
    const annotation = { id: "a", target: target("p1", OLD, "under its domestic law") };
    const lookAlike = { id: "q1", text: "Each State Party shall adopt measures under their domestic laws." };
    const verbatim = { id: "q2", text: "A State Party may act under its domestic law." };
    expect(carryForward([annotation], () => [lookAlike, verbatim])[0]).toMatchObject({ outcome: "same", target: { provisionId: "q2" } });
    const twin = { id: "q3", text: verbatim.text };
    expect(carryForward([annotation], () => [verbatim, twin])[0]).toMatchObject({ target: { provisionId: "q2" } });
  });

  it("does not take a parallel clause for rewritten words whose context survives", () => {
    const text = "Each of the offences shall be deemed to be included as an extraditable offence in any extradition treaty existing between States Parties, and States Parties undertake to include such offences as extraditable offences in every extradition treaty.";
    const annotation = { id: "a", target: target("p1", text, "offence in") };
    const revised = text.replace("extraditable offence in any", "extraditable crime under any");
    const [result] = carryForward([annotation], () => [{ id: "q1", text: revised }]);
    expect(result).toMatchObject({ outcome: "orphaned" });
  });
});
