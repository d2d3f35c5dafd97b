import { mergeAdjacent } from "./merge-adjacent";
import type { TokenKind } from "./tokenize";

/**
 * The diff works on token indices, not strings: a run says how many tokens an operation takes
 * from `before` (equal, delete, move-from) and/or `after` (equal, insert, move-to). Keeping
 * lengths instead of text lets later passes shift and split runs without ever losing a token.
 */

/** What a plain diff gives, before moves are found. */
export interface PlainRun {
  type: "equal" | "insert" | "delete";
  length: number;
}

export type TokenRun = PlainRun | { type: "move-from" | "move-to"; length: number; moveId: number };

/** Tokens of one text, their kinds and the keys they are compared by (equal keys = same token for the diff). */
export interface Side {
  tokens: readonly string[];
  kinds: readonly TokenKind[];
  keys: readonly string[];
}

export function takesBefore(run: TokenRun): boolean {
  return run.type === "equal" || run.type === "delete" || run.type === "move-from";
}

export function takesAfter(run: TokenRun): boolean {
  return run.type === "equal" || run.type === "insert" || run.type === "move-to";
}

export function sliceSide(side: Side, start: number, end: number): Side {
  return { tokens: side.tokens.slice(start, end), kinds: side.kinds.slice(start, end), keys: side.keys.slice(start, end) };
}

export function mergeRuns<Run extends TokenRun>(runs: readonly Run[]): Run[] {
  return mergeAdjacent(runs, (run) => run.length === 0, (first, second) => ({ ...first, length: first.length + second.length }));
}
