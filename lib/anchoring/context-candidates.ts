// Myers' search returns only the matches with the fewest errors in the whole text, so a near-copy
// elsewhere (one error: a lost bracket) hides the annotated place itself (ten errors: a word
// rewritten). Where the quote's prefix or suffix survives, the best match right next to it is a
// candidate too, and scoring (which weighs context) decides between them.

import search from "approx-string-match";
import type { Candidate, MatchContext } from "./score-match";

/** A context must survive nearly intact, in errors per character, to vouch for a place. */
const INTACT_CONTEXT_ERRORS = 0.125;
/** Contexts shorter than this (trimmed) occur by chance too often to vouch for anything. */
const MIN_VOUCHING_CONTEXT = 8;
/** Surviving contexts considered, nearest the old place first (boilerplate repeats). */
const MAX_PLACES = 3;

function intactOccurrences(text: string, context: string, hint: number) {
  if (context.trim().length < MIN_VOUCHING_CONTEXT) return [];
  return search(text, context, Math.floor(context.length * INTACT_CONTEXT_ERRORS))
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_PLACES);
}

/** The best approximate matches of the quote right after a surviving prefix or right before a surviving suffix. */
export function contextCandidates(text: string, context: MatchContext, maxErrors: number): Candidate[] {
  const hint = context.hint ?? 0;
  const reach = context.quote.length + maxErrors;
  const afterPrefix = intactOccurrences(text, context.prefix, hint).flatMap(({ end }) =>
    search(text.slice(end, end + reach), context.quote, maxErrors).map((match) => ({ ...match, start: end + match.start, end: end + match.end })),
  );
  const beforeSuffix = intactOccurrences(text, context.suffix, hint).flatMap(({ start }) => {
    const from = Math.max(0, start - reach);
    return search(text.slice(from, start), context.quote, maxErrors).map((match) => ({ ...match, start: from + match.start, end: from + match.end }));
  });
  return [...afterPrefix, ...beforeSuffix];
}

/**
 * Where prefix and suffix still stand side by side, the span between them: the annotated words
 * were there, however rewritten, so a look-alike elsewhere must not be taken for them.
 */
export function contextBridge(text: string, context: MatchContext): Candidate | null {
  const hint = context.hint ?? 0;
  for (const before of intactOccurrences(text, context.prefix, hint)) {
    const reach = text.slice(before.end, before.end + context.quote.length * 2 + 16 + context.suffix.length);
    const after = intactOccurrences(reach, context.suffix, 0);
    if (after.length > 0) return { start: before.end, end: before.end + Math.min(...after.map((match) => match.start)), errors: 0 };
  }
  return null;
}
