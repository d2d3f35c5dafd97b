import { findMoves } from "./detect-moves";
import { diffAroundMoves } from "./diff-around-moves";
import { ignoreChanges } from "./ignore-changes";
import { mergeOps } from "./merge-ops";
import { runsToOps, type SpelledSide } from "./runs-to-ops";
import { scanTokens, type TokenKind } from "./tokenize";
import type { DiffOp, DiffOptions } from "./types";

/**
 * Word-level comparison of two texts: whole words only, moved sentences and paragraphs shown as
 * moves. Without ignore options the ops read back to both texts exactly.
 */
export function diffWords(before: string, after: string, options: DiffOptions = {}): DiffOp[] {
  // Most provisions come through a new draft untouched: nothing to tokenise.
  if (before === after) return before === "" ? [] : [{ type: "equal", text: after }];
  // Added or removed text (a new article, a dropped paragraph) is one insertion or deletion.
  if (before === "" || after === "") {
    return mergeOps(ignoreChanges([before === "" ? { type: "insert", text: after } : { type: "delete", text: before }], options));
  }
  const beforeSide = side(before, options);
  const afterSide = side(after, options);
  const runs = diffAroundMoves(beforeSide, afterSide, findMoves(beforeSide, afterSide));
  return mergeOps(ignoreChanges(runsToOps(runs, beforeSide, afterSide), options));
}

function side(text: string, options: DiffOptions): SpelledSide {
  const { tokens, kinds } = scanTokens(text, options.language);
  const ignores = options.ignoreWhitespace || options.ignorePunctuation;
  return { text, tokens, kinds, keys: ignores ? tokens.map((token, index) => compareKey(token, kinds[index]!, options)) : tokens };
}

// Ignored kinds share one key, so a different run of spaces or another punctuation mark in the
// same place lines up as equal instead of splitting the words around it into changes.
function compareKey(token: string, kind: TokenKind, { ignoreWhitespace, ignorePunctuation }: DiffOptions): string {
  if (ignoreWhitespace && kind === "whitespace") return " ";
  if (ignorePunctuation && kind === "punctuation") return ".";
  return token;
}
