import DiffMatchPatch from "diff-match-patch";
import { describe, expect, it } from "vitest";
import { bisect, type Splitting } from "../../../lib/diff/bisect";
import { pick, randomInt, seededRandom } from "../../helpers/seeded-random";
import { realTexts } from "./helpers/texts";

// The middle-snake search is diff-match-patch's, rewritten for speed: it must find the very same
// diffs, since the semantic pass after it and every comparison shown depend on them.

function withoutDeadline(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  return dmp;
}

const original = withoutDeadline();
const rewritten = withoutDeadline();
rewritten.diff_bisect_ = (text1, text2, deadline) => bisect(rewritten as DiffMatchPatch & Splitting, text1, text2, deadline);

function expectSameDiffs(before: string, after: string): void {
  expect(rewritten.diff_main(before, after, false)).toEqual(original.diff_main(before, after, false));
}

describe("bisect", () => {
  it("finds diff-match-patch's diffs on random strings over small alphabets", () => {
    const random = seededRandom(2024);
    for (let round = 0; round < 2000; round++) {
      const alphabet = "abcdefgh\n \u0100\u4e00".slice(0, 2 + randomInt(random, 10));
      const text = (length: number) => Array.from({ length }, () => pick(random, [...alphabet])).join("");
      const before = text(randomInt(random, 60));
      const edited = [...before].filter(() => random() > 0.3).join("") + text(randomInt(random, 10));
      expectSameDiffs(before, round % 2 === 0 ? edited : text(randomInt(random, 60)));
    }
  });

  it("finds diff-match-patch's diffs between real texts, character by character", () => {
    const [first, second] = realTexts().map(({ text }) => text.slice(0, 3000));
    expectSameDiffs(first!, second!);
    expectSameDiffs(first!, first!.replace(/the/g, "a"));
  });

  it("gives up on texts with nothing in common as the original does", () => {
    expectSameDiffs("abcdef", "ghijkl");
  });
});
