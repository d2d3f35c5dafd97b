import { mergeAdjacent } from "./merge-adjacent";
import type { DiffOp } from "./types";

export function mergeOps(ops: readonly DiffOp[]): DiffOp[] {
  return mergeAdjacent(ops, (op) => op.text === "", (first, second) => ({ ...first, text: first.text + second.text }));
}
