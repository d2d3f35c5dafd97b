// Describes a selection by its offsets (W3C TextPositionSelector): exact and cheap while the
// provision text is unchanged, meaningless once words before it move, hence the check.

import { normaliseForMatching } from "./prepared-text";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

export function describePosition(start: number, end: number): TextPositionSelector {
  return { type: "TextPositionSelector", start, end };
}

/** The offsets still hold the quoted words (up to Unicode and whitespace normalisation). */
export function positionStillMatches(text: string, position: TextPositionSelector, quote: TextQuoteSelector): boolean {
  const { start, end } = position;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) return false;
  const slice = text.slice(start, end);
  return slice === quote.exact || normaliseForMatching(slice) === normaliseForMatching(quote.exact);
}
