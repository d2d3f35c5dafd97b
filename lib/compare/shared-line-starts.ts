import type { DiffOp } from "../diff/types";
import { shownOn } from "./diff-sides";

/** A place in a diff where both sides begin a line: offsets into the earlier side's text and the later side's. */
export interface LineStart { before: number; after: number }

/**
 * Where both sides of a diff begin a line with the same words (a paragraph or an item the change
 * left alone, or the first one after an inserted or deleted one). Side by side, rows cut there
 * keep the two columns in step down a long article, however much the lines between differ.
 * Blank lines stay with the text above, so that no part starts with one.
 */
export function sharedLineStarts(ops: readonly DiffOp[]): LineStart[] {
  const starts: LineStart[] = [];
  const end = { before: 0, after: 0 };
  const last = { before: "", after: "" };
  for (const op of ops) {
    const { text } = op;
    if (op.type === "equal") {
      for (let at = 0; at < text.length; at = text.indexOf("\n", at) + 1 || text.length) {
        const lineStart = at === 0 ? last.before === "\n" && last.after === "\n" : text[at - 1] === "\n";
        if (lineStart && text[at] !== "\n") starts.push({ before: end.before + at, after: end.after + at });
      }
    }
    for (const side of ["before", "after"] as const) {
      if (!shownOn(op, side) || text === "") continue;
      end[side] += text.length;
      last[side] = text.at(-1)!;
    }
  }
  return starts;
}
