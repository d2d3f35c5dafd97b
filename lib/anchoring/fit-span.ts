// Fits an approximate match to the span an analyst would have selected. Myers' algorithm
// returns the alignment with the fewest errors, which may stop short of replaced words or cut a
// word in two; annotations are about whole words between intact context.

import search from "approx-string-match";
import { isWordBoundary, isWordCharacterAt, isWordCharacterBefore } from "./characters";
import type { Candidate, MatchContext } from "./score-match";

/**
 * How far (as a share of the quote) a fuzzy span may stretch to reach its intact context: Myers
 * picks the fewest errors, which drops replaced words at the edges ("take into account" for
 * "consider" keeps only "account"); the analyst's words are everything between the contexts.
 */
const STRETCH_SHARE = 0.5;
/** A context must fit this closely (errors per character) to pull the span edge to it. */
const STRETCH_CONTEXT_ERRORS = 0.25;

function stretchStart(text: string, start: number, context: MatchContext): number {
  if (context.prefix.trim() === "") return start;
  const from = Math.max(0, start - context.prefix.length - Math.floor(context.quote.length * STRETCH_SHARE));
  const ends = search(text.slice(from, start), context.prefix, Math.floor(context.prefix.length * STRETCH_CONTEXT_ERRORS));
  return ends.length === 0 ? start : from + Math.max(...ends.map((match) => match.end));
}

function stretchEnd(text: string, end: number, context: MatchContext): number {
  if (context.suffix.trim() === "") return end;
  const to = Math.min(text.length, end + context.suffix.length + Math.floor(context.quote.length * STRETCH_SHARE));
  const starts = search(text.slice(end, to), context.suffix, Math.floor(context.suffix.length * STRETCH_CONTEXT_ERRORS));
  return starts.length === 0 ? end : end + Math.min(...starts.map((match) => match.start));
}

/**
 * Fits an approximate match to what an analyst would have selected: stretched to its intact
 * context, without spaces the quote did not have at either end, and widened to whole words
 * when the quote itself began and ended on word boundaries ("ing steps" → "taking steps").
 */
export function fitToWords(text: string, candidate: Candidate, context: MatchContext): Candidate {
  let start = stretchStart(text, candidate.start, context);
  let end = Math.max(start, stretchEnd(text, candidate.end, context));
  if (!context.quote.startsWith(" ")) while (start < end && text[start] === " ") start++;
  if (!context.quote.endsWith(" ")) while (end > start && text[end - 1] === " ") end--;
  const quoted = context.prefix + context.quote + context.suffix;
  if (isWordBoundary(quoted, context.prefix.length)) {
    while (start > 0 && isWordCharacterBefore(text, start) && isWordCharacterAt(text, start)) start--;
  }
  if (isWordBoundary(quoted, context.prefix.length + context.quote.length)) {
    while (end < text.length && isWordCharacterBefore(text, end) && isWordCharacterAt(text, end)) end++;
  }
  return { ...candidate, start, end };
}
