import type { DiffOp } from "../diff/types";

export type DiffSide = "before" | "after" | "inline";

const SHOWN: Record<DiffSide, ReadonlySet<DiffOp["type"]>> = {
  before: new Set(["equal", "delete", "move-from"]),
  after: new Set(["equal", "insert", "move-to"]),
  inline: new Set(["equal", "delete", "insert", "move-from", "move-to"]),
};

/** Whether a side shows an op: the earlier draft's words (before), the later draft's (after) or both. */
export function shownOn(op: DiffOp, side: DiffSide): boolean {
  return SHOWN[side].has(op.type);
}

/** The ops a side shows. */
export function opsOnSide(ops: readonly DiffOp[], side: DiffSide): DiffOp[] {
  return ops.filter((op) => shownOn(op, side));
}
