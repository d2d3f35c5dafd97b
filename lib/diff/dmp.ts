import DiffMatchPatch from "diff-match-patch";
import { bisect, type Splitting } from "./bisect";
import { mergeRuns, type PlainRun } from "./token-runs";

const dmp = new DiffMatchPatch();
// No deadline: the same drafts must always give the same comparison, and token-encoded clauses
// are short enough that the exact algorithm stays fast.
dmp.Diff_Timeout = 0;
dmp.diff_bisect_ = (text1, text2, deadline) => bisect(dmp as DiffMatchPatch & Splitting, text1, text2, deadline);

/** Diffs two encoded strings (one code unit per token) into token runs. */
export function diffEncoded(before: string, after: string, options: { semantic: boolean }): PlainRun[] {
  const diffs = dmp.diff_main(before, after, false);
  // Folds short coincidental equalities ("the", ", ") into the changes around them.
  if (options.semantic) dmp.diff_cleanupSemantic(diffs);
  return mergeRuns(diffs.map(([operation, text]): PlainRun => ({ type: runType(operation), length: text.length })));
}

function runType(operation: number): "equal" | "insert" | "delete" {
  if (operation === DiffMatchPatch.DIFF_EQUAL) return "equal";
  return operation === DiffMatchPatch.DIFF_INSERT ? "insert" : "delete";
}
