import DiffMatchPatch from "diff-match-patch";
import { describe, expect, it } from "vitest";
import { diffUnits } from "../../../lib/diff/diff-units";
import { pick, randomInt, seededRandom } from "../../helpers/seeded-random";
import { realTexts } from "./helpers/texts";

// diff_main is diff-match-patch's, rewritten for speed: it must find the very same diffs, since
// the semantic pass after it and every comparison shown depend on them.

const original = new DiffMatchPatch();
original.Diff_Timeout = 0;

const units = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));
const RUN_TYPES: Record<number, string> = { [DiffMatchPatch.DIFF_DELETE]: "delete", [DiffMatchPatch.DIFF_EQUAL]: "equal", [DiffMatchPatch.DIFF_INSERT]: "insert" };

function expectSameDiffs(before: string, after: string): void {
  const expected = original.diff_main(before, after, false).map(([operation, text]) => ({ type: RUN_TYPES[operation], length: text.length }));
  expect(diffUnits(units(before), units(after))).toEqual(expected);
}

describe("diffUnits", () => {
  it("finds diff-match-patch's diffs on random strings over small alphabets", () => {
    const random = seededRandom(2024);
    for (let round = 0; round < 4000; round++) {
      const alphabet = "abcdefgh\n \u0100\u4e00".slice(0, 1 + randomInt(random, 11));
      const text = (length: number) => Array.from({ length }, () => pick(random, [...alphabet])).join("");
      const before = text(randomInt(random, round % 10 === 0 ? 200 : 60));
      const kept = [...before].filter(() => random() > 0.3).join("") + text(randomInt(random, 10));
      const cut = randomInt(random, before.length + 1);
      const rotated = before.slice(cut) + before.slice(0, cut);
      expectSameDiffs(before, [kept, text(randomInt(random, 60)), rotated][round % 3]!);
    }
  });

  it("finds diff-match-patch's diffs between real texts, character by character", () => {
    const [first, second] = realTexts().map(({ text }) => text.slice(0, 3000));
    expectSameDiffs(first!, second!);
    expectSameDiffs(first!, first!.replace(/the/g, "a"));
  });

  it("gives up on texts with nothing in common as the original does", () => {
    expectSameDiffs("abcdef", "ghijkl");
    expectSameDiffs("", "abc");
    expectSameDiffs("abc", "abc");
  });
});
