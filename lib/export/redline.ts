import { diffWords } from "../diff/diff-words";
import type { DiffOp } from "../diff/types";

/** A piece of the proposed text as a redline: kept, struck out, or added. */
export interface RedlineSegment {
  type: "equal" | "insert" | "delete";
  text: string;
}

export interface Redline {
  /** False when the quote is no longer in the current text: the segments then cover the quote alone. */
  inContext: boolean;
  segments: RedlineSegment[];
}

/**
 * The current text with `quote` replaced by `proposedText`, word by word: what the reader of a
 * submission sees as the amendment. The first occurrence of the quote is taken, as the anchor
 * was made on the text the annotation quotes and repeats inside one provision are rare.
 */
export function redline(currentText: string, quote: string, proposedText: string, language?: string): Redline {
  const at = quote === "" ? -1 : currentText.indexOf(quote);
  const change = redlineSegments(diffWords(quote, proposedText, { language }));
  if (at < 0) return { inContext: false, segments: change };
  const before: RedlineSegment = { type: "equal", text: currentText.slice(0, at) };
  const after: RedlineSegment = { type: "equal", text: currentText.slice(at + quote.length) };
  return { inContext: true, segments: mergeSegments([before, ...change, after]) };
}

/** A word diff as a redline. A moved phrase is, for a reader on paper, words struck out here and written there. */
export function redlineSegments(ops: readonly DiffOp[]): RedlineSegment[] {
  return mergeSegments(ops.map((op): RedlineSegment => ({ type: op.type === "move-from" ? "delete" : op.type === "move-to" ? "insert" : op.type, text: op.text })));
}

/** Drops empty pieces and joins neighbours of one type, so each change is one run. */
function mergeSegments(segments: readonly RedlineSegment[]): RedlineSegment[] {
  const merged: RedlineSegment[] = [];
  for (const segment of segments) {
    if (segment.text === "") continue;
    const last = merged.at(-1);
    if (last?.type === segment.type) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
