// Scores a candidate span as Hypothesis does (src/annotator/anchoring/match-quote.ts): mostly
// how alike the quote is, then its context either side, a little for staying near its old place.

import search from "approx-string-match";

export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/**
 * Context errors are counted per this many characters at least. A context cut short by the
 * provision's edge ("[" before a bracketed paragraph) would otherwise lose all its weight to
 * one character, and sink a quote that merely lost its brackets.
 */
const MIN_CONTEXT_LENGTH = 8;

export interface Candidate {
  /** Normalised offsets. */
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** 0..1, the weighted sum above. */
  score: number;
  /** 0..1, how well prefix and suffix fit alone: what separates occurrences of the same words. */
  contextScore: number;
  /** Normalised characters from the hinted position, Infinity without a hint. */
  distance: number;
}

export interface MatchContext {
  /** All normalised, like the text. */
  quote: string;
  prefix: string;
  suffix: string;
  hint?: number;
}

/** 1 - errors per character of the best approximate occurrence of `context` in `window`. */
function similarity(window: string, context: string): number {
  if (window.includes(context)) return 1;
  const [best] = search(window, context, context.length);
  const errors = best?.errors ?? context.length;
  return Math.max(0, 1 - errors / Math.max(context.length, MIN_CONTEXT_LENGTH));
}

// An empty context means the quote stood at the provision's edge: a candidate elsewhere
// misses that edge, which counts as one error. Normalised text has at most one space in a row.
const MISSED_EDGE = 1 - 1 / MIN_CONTEXT_LENGTH;

function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix.trim() === "") return start === 0 || (start === 1 && text[0] === " ") ? 1 : MISSED_EDGE;
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix.trim() === "") return end === text.length || (end === text.length - 1 && text[end] === " ") ? 1 : MISSED_EDGE;
  return similarity(text.slice(end, end + suffix.length), suffix);
}

export function scoreCandidate(text: string, candidate: Candidate, context: MatchContext): ScoredCandidate {
  const quote = Math.max(0, 1 - candidate.errors / Math.max(1, context.quote.length));
  const prefix = prefixScore(text, candidate.start, context.prefix);
  const suffix = suffixScore(text, candidate.end, context.suffix);
  const distance = context.hint === undefined ? Infinity : Math.abs(candidate.start - context.hint);
  const position = context.hint === undefined ? 1 : 1 - distance / Math.max(1, text.length);
  const raw = WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position;
  return {
    ...candidate,
    score: raw / TOTAL_WEIGHT,
    contextScore: (WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix) / (WEIGHTS.prefix + WEIGHTS.suffix),
    distance,
  };
}

/** Approximate candidates, best first: score, then context, then nearness to the old position. */
export function byScore(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || byContext(a, b);
}

/**
 * Occurrences of the very words, best first: context, then nearness. Not by score, where a
 * nearer occurrence could outweigh a better context through the position weight.
 */
export function byContext(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.contextScore - a.contextScore || a.distance - b.distance || a.start - b.start;
}
