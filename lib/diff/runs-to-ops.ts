import type { DiffOp } from "./types";
import { takesAfter, takesBefore, type Side, type TokenRun } from "./token-runs";

/** A side and the text its tokens were read from: they join back to it. */
export interface SpelledSide extends Side {
  text: string;
}

/** Spells token runs out as text. Equal text is taken from `after`: with ignore options the two
 * sides may differ there (other spacing), and the newer text is the one being read. */
export function runsToOps(runs: readonly TokenRun[], before: SpelledSide, after: SpelledSide): DiffOp[] {
  const beforeAt: Position = { token: 0, char: 0 };
  const afterAt: Position = { token: 0, char: 0 };
  return runs.map((run): DiffOp => {
    const text = takesAfter(run) ? spell(after, afterAt, run.length) : spell(before, beforeAt, run.length);
    if (takesBefore(run) && takesAfter(run)) advance(before, beforeAt, run.length);
    return "moveId" in run ? { type: run.type, text, moveId: run.moveId } : { type: run.type, text };
  });
}

interface Position {
  token: number;
  char: number;
}

/**
 * The next `length` tokens of the side as one string, moving `at` past them: a slice of the
 * text, since the tokens are its pieces in order, rather than a copy joined token by token.
 */
function spell(side: SpelledSide, at: Position, length: number): string {
  const start = at.char;
  advance(side, at, length);
  return side.text.slice(start, at.char);
}

function advance(side: SpelledSide, at: Position, length: number): void {
  for (const end = at.token + length; at.token < end; at.token++) at.char += side.tokens[at.token]!.length;
}
