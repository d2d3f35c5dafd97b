import { findMoves } from "./detect-moves";
import { diffAroundMoves } from "./diff-around-moves";
import { ignoreChanges } from "./ignore-changes";
import { mergeOps } from "./merge-ops";
import { runsToOps } from "./runs-to-ops";
import type { Side } from "./token-runs";
import { tokenize, tokenKind } from "./tokenize";
import type { DiffOp, DiffOptions } from "./types";

/**
 * Word-level comparison of two texts: whole words only, moved sentences and paragraphs shown as
 * moves. Without ignore options the ops read back to both texts exactly.
 */
export function diffWords(before: string, after: string, options: DiffOptions = {}): DiffOp[] {
  const beforeSide = side(before, options);
  const afterSide = side(after, options);
  const runs = diffAroundMoves(beforeSide, afterSide, findMoves(beforeSide, afterSide));
  return mergeOps(ignoreChanges(runsToOps(runs, beforeSide, afterSide), options));
}

function side(text: string, options: DiffOptions): Side {
  const tokens = tokenize(text, options.language);
  return { tokens, keys: tokens.map((token) => compareKey(token, options)) };
}

// Ignored kinds share one key, so a different run of spaces or another punctuation mark in the
// same place lines up as equal instead of splitting the words around it into changes.
function compareKey(token: string, { ignoreWhitespace, ignorePunctuation }: DiffOptions): string {
  const kind = tokenKind(token);
  if (ignoreWhitespace && kind === "whitespace") return " ";
  if (ignorePunctuation && kind === "punctuation") return ".";
  return token;
}
