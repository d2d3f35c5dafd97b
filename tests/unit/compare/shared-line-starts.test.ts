import { describe, expect, it } from "vitest";
import { diffWords } from "../../../lib/diff/diff-words";
import type { DiffOp } from "../../../lib/diff/types";
import { opsOnSide } from "../../../lib/compare/diff-sides";
import { sharedLineStarts } from "../../../lib/compare/shared-line-starts";

const sideText = (ops: DiffOp[], side: "before" | "after") => opsOnSide(ops, side).map((op) => op.text).join("");
/** The lines each side begins at the shared starts. */
const linesAt = (ops: DiffOp[]) =>
  sharedLineStarts(ops).map(({ before, after }) => [sideText(ops, "before").slice(before).split("\n")[0], sideText(ops, "after").slice(after).split("\n")[0]]);

describe("where both sides of a diff begin a line", () => {
  it("are the lines a change left alone, after a longer or shorter line", () => {
    const ops = diffWords("Chapeau:\n(a) Short;\n(b) Kept.", "Chapeau:\n(a) Short, now with many more words than before;\n(b) Kept.");
    expect(linesAt(ops)).toEqual([["(a) Short;", "(a) Short, now with many more words than before;"], ["(b) Kept.", "(b) Kept."]]);
  });

  it("include the first line after a deleted or an inserted line", () => {
    const deleted: DiffOp[] = [{ type: "equal", text: "One.\n" }, { type: "delete", text: "Two.\n" }, { type: "equal", text: "Three." }];
    expect(sharedLineStarts(deleted)).toEqual([{ before: 10, after: 5 }]);
    const inserted: DiffOp[] = [{ type: "equal", text: "One.\n" }, { type: "insert", text: "Two.\n" }, { type: "equal", text: "Three." }];
    expect(sharedLineStarts(inserted)).toEqual([{ before: 5, after: 10 }]);
  });

  it("are none inside a changed line, and none where one side has no line break", () => {
    expect(sharedLineStarts([{ type: "equal", text: "One " }, { type: "insert", text: "two " }, { type: "equal", text: "three" }])).toEqual([]);
    expect(sharedLineStarts([{ type: "equal", text: "One." }, { type: "insert", text: "\n" }, { type: "equal", text: "Two." }])).toEqual([]);
  });

  it("keep a blank line with the text above, so that no part starts with one", () => {
    const ops: DiffOp[] = [{ type: "equal", text: "Article one.\n\nArticle two." }];
    expect(sharedLineStarts(ops)).toEqual([{ before: 14, after: 14 }]);
  });
});
