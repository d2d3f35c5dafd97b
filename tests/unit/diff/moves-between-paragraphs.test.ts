import { describe, expect, it } from "vitest";
import { compareParsedDrafts } from "../../../lib/compare/compare-drafts";
import { diffWords } from "../../../lib/diff/diff-words";
import { markMovesBetweenParagraphs } from "../../../lib/diff/moves-between-paragraphs";
import type { DiffOp } from "../../../lib/diff/types";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import { afterText, beforeText } from "./helpers/check-ops";

/** Each paragraph pair's diff, then the moves between them marked. */
function paragraphDiffs(pairs: [string, string][], language?: string): DiffOp[][] {
  return markMovesBetweenParagraphs(pairs.map(([before, after]) => diffWords(before, after, { language })), language);
}

const typesAndTexts = (ops: DiffOp[]) => ops.map((op) => [op.type, op.text.trim(), "moveId" in op ? op.moveId : null]);

describe("markMovesBetweenParagraphs", () => {
  const safeguard = "The measures shall respect the rights of persons under its jurisdiction.";
  const first = "Each State Party shall adopt such measures as may be necessary.";
  const second = "This article applies to the offences established in this Convention.";

  it("shows a sentence taken from one paragraph into another as moved, on both sides, and each side still reads back", () => {
    const pairs: [string, string][] = [
      [`${first} ${safeguard}`, first],
      [second, `${second} ${safeguard}`],
    ];
    const [one, two] = paragraphDiffs(pairs);
    expect(typesAndTexts(one!)).toEqual([["equal", first, null], ["move-from", safeguard, 1]]);
    expect(typesAndTexts(two!)).toEqual([["equal", second, null], ["move-to", safeguard, 1]]);
    [one!, two!].forEach((ops, i) => {
      expect(beforeText(ops)).toBe(pairs[i]![0]);
      expect(afterText(ops)).toBe(pairs[i]![1]);
    });
  });

  it("moves only the moved sentence of a longer deletion, and finds it whatever its case and spacing", () => {
    const dropped = "Nothing in this article shall prevent cooperation.";
    const [one, two] = paragraphDiffs([
      [`${first} ${safeguard} ${dropped}`, first],
      [second, `${second}  ${safeguard.toUpperCase()}`],
    ]);
    expect(typesAndTexts(one!)).toEqual([["equal", first, null], ["move-from", safeguard, 1], ["delete", dropped, null]]);
    expect(typesAndTexts(two!)).toEqual([["equal", second, null], ["move-to", safeguard.toUpperCase(), 1]]);
  });

  it("leaves short phrases, reworded sentences and changes inside one paragraph as they are", () => {
    const short = paragraphDiffs([[`${first} Data is kept.`, first], [second, `${second} Data is kept.`]]);
    expect(short.flat().some((op) => op.type === "move-from" || op.type === "move-to")).toBe(false);
    const reworded = paragraphDiffs([[`${first} ${safeguard}`, first], [second, `${second} ${safeguard.replace("respect", "uphold")}`]]);
    expect(reworded.flat().some((op) => op.type === "move-from" || op.type === "move-to")).toBe(false);
    const within = [diffWords(`${safeguard} ${first}`, `${first} Each Party. ${safeguard}`)];
    expect(markMovesBetweenParagraphs(within)).toEqual(within);
  });

  it("numbers its moves after those the paragraph diffs found", () => {
    const swapped = diffWords(`${first} ${second}`, `${second} ${first}`);
    const ids = (ops: DiffOp[]) => ops.flatMap((op) => ("moveId" in op ? [op.moveId] : []));
    expect(ids(swapped)).toEqual([1, 1]);
    const [inside, from, to] = markMovesBetweenParagraphs([swapped, diffWords(safeguard, ""), diffWords("", safeguard)]);
    expect(ids(inside!)).toEqual([1, 1]);
    expect(ids(from!)).toEqual([2]);
    expect(ids(to!)).toEqual([2]);
  });

  it("recognises an Arabic sentence with its vowel marks moved between paragraphs", () => {
    const moved = "تَحتَرِمُ التدابيرُ حقوقَ الأشخاصِ الخاضعين لولايتها احتراماً تاماً.";
    const [one, two] = paragraphDiffs(
      [
        [`تعتمد كل دولة طرف التدابير اللازمة. ${moved}`, "تعتمد كل دولة طرف التدابير اللازمة."],
        ["تنطبق هذه المادة على الجرائم.", `تنطبق هذه المادة على الجرائم. ${moved}`],
      ],
      "ar",
    );
    expect(one!.at(-1)).toEqual({ type: "move-from", text: ` ${moved}`, moveId: 1 });
    expect(two!.at(-1)).toEqual({ type: "move-to", text: ` ${moved}`, moveId: 1 });
  });

  it("reaches the compare page's paragraph rows: a sentence moved to the next paragraph of an article", () => {
    const draft = (paragraphs: string[]) => ({ provisions: parseDraftText(`Article 1. Scope\n\n${paragraphs.map((p, i) => `${i + 1}. ${p}`).join("\n\n")}\n`).provisions, language: "en" });
    const comparison = compareParsedDrafts(draft([`${first} ${safeguard}`, second]), draft([first, `${second} ${safeguard}`]));
    const rows = comparison.pairs[0]!.paragraphs.map((p) => typesAndTexts(p.ops).filter(([type]) => type !== "equal"));
    expect(rows).toEqual([[["move-from", safeguard, 1]], [["move-to", safeguard, 1]]]);
  });
});
