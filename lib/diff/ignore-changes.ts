import type { DiffOp, DiffOptions } from "./types";

/**
 * With an ignore option, a change made only of whitespace and/or punctuation is shown as equal,
 * holding the `after` text, so the reader sees the current wording and nothing highlighted.
 * A change is a maximal stretch of inserts and deletes; moves are never ignored.
 */
export function ignoreChanges(ops: readonly DiffOp[], options: DiffOptions): DiffOp[] {
  const ignorable = ignorablePattern(options);
  if (!ignorable) return [...ops];
  const result: DiffOp[] = [];
  let change: DiffOp[] = [];
  const flush = () => {
    if (change.length > 0 && change.every((op) => ignorable.test(op.text))) {
      const text = change.filter((op) => op.type === "insert").map((op) => op.text).join("");
      result.push({ type: "equal", text });
    } else {
      result.push(...change);
    }
    change = [];
  };
  for (const op of ops) {
    if (op.type === "insert" || op.type === "delete") {
      change.push(op);
    } else {
      flush();
      result.push(op);
    }
  }
  flush();
  return result;
}

// Built once, not for every diff.
const WHITESPACE_OR_PUNCTUATION = /^(?:\s|\p{P}\p{M}*)*$/u;
const WHITESPACE = /^\s*$/u;
const PUNCTUATION = /^(?:\p{P}\p{M}*)*$/u;

function ignorablePattern({ ignoreWhitespace, ignorePunctuation }: DiffOptions): RegExp | undefined {
  if (ignoreWhitespace && ignorePunctuation) return WHITESPACE_OR_PUNCTUATION;
  if (ignoreWhitespace) return WHITESPACE;
  if (ignorePunctuation) return PUNCTUATION;
  return undefined;
}
