import type { DiffOp } from "./types";
import { takesAfter, takesBefore, type Side, type TokenRun } from "./token-runs";

/** Spells token runs out as text. Equal text is taken from `after`: with ignore options the two
 * sides may differ there (other spacing), and the newer text is the one being read. */
export function runsToOps(runs: readonly TokenRun[], before: Side, after: Side): DiffOp[] {
  let beforeAt = 0;
  let afterAt = 0;
  return runs.map((run): DiffOp => {
    const text = takesAfter(run)
      ? after.tokens.slice(afterAt, afterAt + run.length).join("")
      : before.tokens.slice(beforeAt, beforeAt + run.length).join("");
    if (takesBefore(run)) beforeAt += run.length;
    if (takesAfter(run)) afterAt += run.length;
    return "moveId" in run ? { type: run.type, text, moveId: run.moveId } : { type: run.type, text };
  });
}
