// Re-anchors one annotation in one provision text: offsets if they still hold the quote, then
// the quote itself, then an approximate quote, and otherwise an explicit orphan. Hypothesis'
// users most resent the silent false positive (h#2798, h#4328), so every step must clear a
// context-weighted bar and a failure is reported, never replaced by a guess.

import { rankMatches } from "./match-quote";
import { normaliseForMatching, originalRange, prepareText, type PreparedText } from "./prepared-text";
import { positionStillMatches } from "./text-position";
import type { AnchorResult, TextTarget } from "./types";

/**
 * Least score to accept a span. With the quote weighing 50 of 92 it takes a context that
 * partly fits: unrelated 32-character contexts in the demo drafts fit 0.28 on average, and the
 * very words in an unrelated context score 0.69; an approximate quote needs a fitting context.
 */
export const ACCEPT_SCORE = 0.75;
/**
 * A quote at least this long, found word for word exactly once, is accepted whatever its new
 * context: it is as long as the context itself and cannot be a chance occurrence.
 */
export const SELF_EVIDENT_QUOTE_LENGTH = 32;

const orphaned = (reason: string, closestScore?: number): AnchorResult => ({ status: "orphaned", reason, closestScore });
const formatted = (score: number) => score.toFixed(3);

export interface AnchorOptions {
  /** Stop before the fuzzy step, which costs far more than the others (default true). */
  fuzzy?: boolean;
}

export function anchor(text: string | PreparedText, target: Pick<TextTarget, "quote" | "position">, options: AnchorOptions = {}): AnchorResult {
  const prepared = typeof text === "string" ? prepareText(text) : text;
  const fuzzy = options.fuzzy ?? true;
  const { context, exact, ranked, bridge } = rankMatches(prepared, target.quote, { position: target.position.start }, { approximate: fuzzy });
  if (context.quote.trim() === "") return orphaned("The annotation quotes no words.");
  const best = ranked[0];
  if (!best) return orphaned(fuzzy ? "The quoted words are gone from the provision: nothing like them is left." : "The quoted words are not in the provision as they were.");

  if (exact) {
    const selfEvident = ranked.length === 1 && context.quote.length >= SELF_EVIDENT_QUOTE_LENGTH;
    if (best.score < ACCEPT_SCORE && !selfEvident) {
      return orphaned(`The quoted words still occur, but not in their context (best score ${formatted(best.score)} < ${ACCEPT_SCORE}).`, best.score);
    }
    const span = originalRange(prepared, best.start, best.end);
    // Offsets count only when they reproduce the quote and no other occurrence fits better:
    // ranking puts the occurrence at the old place first among equals.
    const samePlace = span.start === target.position.start && span.end === target.position.end;
    const method = samePlace && positionStillMatches(prepared.original, target.position, target.quote) ? "position" : "quote";
    return { status: "anchored", ...span, exact: true, method, score: best.score };
  }

  if (best.score < ACCEPT_SCORE) {
    return orphaned(`The quoted words are gone; the closest passage scores ${formatted(best.score)} < ${ACCEPT_SCORE}.`, best.score);
  }
  if (bridge && !(best.start < bridge.end && best.end > bridge.start)) {
    return orphaned("The words between the quote's surviving context were rewritten; similar words elsewhere are not taken for them.", best.score);
  }
  const span = originalRange(prepared, best.start, best.end);
  const unchanged = normaliseForMatching(prepared.original.slice(span.start, span.end)) === context.quote;
  return { status: "anchored", ...span, exact: unchanged, method: "fuzzy", score: best.score };
}
