import { describe, expect, it } from "vitest";
import { diffStats } from "../../../lib/diff/diff-stats";
import { diffWords } from "../../../lib/diff/diff-words";

describe("diffStats", () => {
  it("counts words, not spaces or punctuation, per kind of change", () => {
    expect(
      diffStats([
        { type: "equal", text: "Each State Party " },
        { type: "delete", text: "may, if it" },
        { type: "insert", text: "shall (b)" },
        { type: "move-from", text: "cross-border data. ", moveId: 1 },
        { type: "move-to", text: "cross-border data. ", moveId: 1 },
        { type: "insert", text: " ; " },
      ]),
    ).toEqual({ wordsInserted: 2, wordsDeleted: 3, wordsMoved: 2 });
  });

  it("counts each Chinese character as a word and nothing for an empty diff", () => {
    expect(diffStats(diffWords("缔约国应当", "缔约国可以采取"))).toEqual({ wordsInserted: 4, wordsDeleted: 2, wordsMoved: 0 });
    expect(diffStats([])).toEqual({ wordsInserted: 0, wordsDeleted: 0, wordsMoved: 0 });
  });
});
