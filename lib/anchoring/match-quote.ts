// Finds where a quote now stands in a text: its exact occurrences when there are any, else the
// closest approximate ones (Myers' bit-parallel matching, the `approx-string-match` package
// Hypothesis moved to from diff-match-patch for speed), each ranked by quote, context and place.

import search from "approx-string-match";
import { normalisedOffset, normaliseForMatching, originalRange, prepareText, type PreparedText } from "./prepared-text";
import { isWordBoundary } from "./characters";
import { contextBridge, contextCandidates } from "./context-candidates";
import { editDistance } from "./edit-distance";
import { fitToWords } from "./fit-span";
import { byContext, byScore, scoreCandidate, type Candidate, type MatchContext, type ScoredCandidate } from "./score-match";
import type { TextQuoteSelector } from "./types";

/** Hypothesis' bound: a match may differ from the quote in at most half its characters. */
const MAX_ERRORS = 256;

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1. */
  score: number;
}

export interface RankedMatches {
  /** Normalised quote and context the candidates were scored against. */
  context: MatchContext;
  /** The candidates are occurrences of the very quote, not approximations. */
  exact: boolean;
  /** Best first; offsets into the normalised text. */
  ranked: ScoredCandidate[];
  /** For approximate matches: where the quote's context still stands, if it does. */
  bridge: Candidate | null;
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
    found.push({ start, end: start + quote.length, errors: 0 });
  }
  return found;
}

// "at least one" selected as words is not the tail of "that least one": where the quote began
// or ended on a word boundary, so must an occurrence of it.
function keepsWordEdges(text: string, occurrence: Candidate, context: MatchContext): boolean {
  const quoted = context.prefix + context.quote + context.suffix;
  const startsWord = isWordBoundary(quoted, context.prefix.length);
  const endsWord = isWordBoundary(quoted, context.prefix.length + context.quote.length);
  return (!startsWord || isWordBoundary(text, occurrence.start)) && (!endsWord || isWordBoundary(text, occurrence.end));
}

/** `approximate: false` stops at exact occurrences: the cheap first pass over many candidates. */
export function rankMatches(
  prepared: PreparedText,
  quote: TextQuoteSelector,
  hint: { position?: number } = {},
  { approximate: searchApproximately = true } = {},
): RankedMatches {
  const context: MatchContext = {
    quote: normaliseForMatching(quote.exact),
    prefix: normaliseForMatching(quote.prefix),
    suffix: normaliseForMatching(quote.suffix),
    hint: hint.position === undefined ? undefined : normalisedOffset(prepared, hint.position),
  };
  if (context.quote.trim() === "") return { context, exact: false, ranked: [], bridge: null };
  const text = prepared.normalised;
  const occurrences = exactOccurrences(text, context.quote).filter((occurrence) => keepsWordEdges(text, occurrence, context));
  const exact = occurrences.length > 0;
  if (exact) {
    return { context, exact, ranked: occurrences.map((candidate) => scoreCandidate(text, candidate, context)).sort(byContext), bridge: null };
  }
  if (!searchApproximately) return { context, exact, ranked: [], bridge: null };
  // Each approximate match is first fitted to its context and words, then scored as fitted: the
  // score describes the very span the analyst will see.
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(context.quote.length / 2));
  const approximate = [...search(text, context.quote, maxErrors), ...contextCandidates(text, context, maxErrors)];
  const fitted = approximate.map((candidate) => {
    const span = fitToWords(text, candidate, context);
    return { ...span, errors: editDistance(context.quote, text.slice(span.start, span.end)) };
  });
  const unique = [...new Map(fitted.map((span) => [`${span.start}:${span.end}`, span])).values()];
  return { context, exact, ranked: unique.map((candidate) => scoreCandidate(text, candidate, context)).sort(byScore), bridge: contextBridge(text, context) };
}

/** The best place for the quote, in offsets of the original text; null when nothing comes close. */
export function matchQuote(text: string | PreparedText, quote: TextQuoteSelector, hint: { position?: number } = {}): QuoteMatch | null {
  const prepared = typeof text === "string" ? prepareText(text) : text;
  const [best] = rankMatches(prepared, quote, hint).ranked;
  if (!best) return null;
  return { ...originalRange(prepared, best.start, best.end), score: best.score };
}
