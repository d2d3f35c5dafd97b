import DiffMatchPatch from "diff-match-patch";
import { diffUnits } from "./diff-units";
import { mergeRuns, type PlainRun } from "./token-runs";

const dmp = new DiffMatchPatch();

/**
 * Diffs two encoded strings (one code unit per token) into token runs. No deadline: the same
 * drafts must always give the same comparison, and token-encoded clauses are short enough that
 * the exact algorithm stays fast.
 */
export function diffEncoded(before: string, after: string, options: { semantic: boolean }): PlainRun[] {
  const runs = diffUnits(codeUnits(before), codeUnits(after));
  // Folds short coincidental equalities ("the", ", ") into the changes around them.
  return mergeRuns(options.semantic ? cleanupSemantic(runs, before, after) : runs);
}

/** diff-match-patch's own semantic pass, on the runs spelled out as its diffs. */
function cleanupSemantic(runs: readonly PlainRun[], before: string, after: string): PlainRun[] {
  let beforeAt = 0;
  let afterAt = 0;
  const diffs = runs.map(({ type, length }): DiffMatchPatch.Diff => {
    if (type === "insert") return [DiffMatchPatch.DIFF_INSERT, after.slice(afterAt, (afterAt += length))];
    const text = before.slice(beforeAt, (beforeAt += length));
    if (type === "equal") afterAt += length;
    return [type === "equal" ? DiffMatchPatch.DIFF_EQUAL : DiffMatchPatch.DIFF_DELETE, text];
  });
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([operation, text]): PlainRun => ({ type: runType(operation), length: text.length }));
}

function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let at = 0; at < text.length; at++) units[at] = text.charCodeAt(at);
  return units;
}

function runType(operation: number): "equal" | "insert" | "delete" {
  if (operation === DiffMatchPatch.DIFF_EQUAL) return "equal";
  return operation === DiffMatchPatch.DIFF_INSERT ? "insert" : "delete";
}
