// Describes a selection by its words and their surroundings (W3C TextQuoteSelector): what lets
// the annotation find its words again once offsets no longer hold in a new draft.

import { isClusterBoundary, isWordBoundary } from "./characters";
import type { TextQuoteSelector } from "./types";

/** Hypothesis keeps 32 characters either side: enough to tell apart repeated boilerplate. */
export const QUOTE_CONTEXT_LENGTH = 32;

export function describeQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT_LENGTH): TextQuoteSelector {
  if (!(0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`Selection ${start}–${end} is outside a text of ${text.length} characters.`);
  }
  let prefixStart = contextStart(text, Math.max(0, start - context), start);
  let suffixEnd = contextEnd(text, Math.min(text.length, end + context), end);
  // A context that opens (or closes) on a space shows the analyst a stray gap: drop it.
  while (prefixStart < start && /\s/.test(text[prefixStart]!)) prefixStart++;
  while (suffixEnd > end && /\s/.test(text[suffixEnd - 1]!)) suffixEnd--;
  return { type: "TextQuoteSelector", exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

// Moves a cut forward to the next word boundary, so the prefix holds whole words; when the
// window is one long word (an empty prefix would say nothing), only to the next whole character.
function contextStart(text: string, cut: number, limit: number): number {
  for (let index = cut; index < limit; index++) {
    if (isWordBoundary(text, index) && isClusterBoundary(text, index)) return index;
  }
  let index = cut;
  while (index < limit && !isClusterBoundary(text, index)) index++;
  return index;
}

// The mirror of contextStart: moves a cut back to the previous word boundary.
function contextEnd(text: string, cut: number, limit: number): number {
  for (let index = cut; index > limit; index--) {
    if (isWordBoundary(text, index) && isClusterBoundary(text, index)) return index;
  }
  let index = cut;
  while (index > limit && !isClusterBoundary(text, index)) index--;
  return index;
}
