import { expect } from "vitest";
import { tokenize } from "../../../../lib/diff/tokenize";
import type { DiffOp } from "../../../../lib/diff/types";

export function beforeText(ops: readonly DiffOp[]): string {
  return ops.filter((op) => op.type === "equal" || op.type === "delete" || op.type === "move-from").map((op) => op.text).join("");
}

export function afterText(ops: readonly DiffOp[]): string {
  return ops.filter((op) => op.type === "equal" || op.type === "insert" || op.type === "move-to").map((op) => op.text).join("");
}

/** Everything a diff without ignore options must satisfy, whatever the texts. */
export function expectWellFormed(ops: readonly DiffOp[], before: string, after: string, language?: string): void {
  expect(beforeText(ops)).toBe(before);
  expect(afterText(ops)).toBe(after);
  expectWholeTokens(ops, before, after, language);
  ops.forEach((op, index) => {
    expect(op.text).not.toBe("");
    const previous = ops[index - 1];
    if (previous && previous.type === op.type) {
      expect("moveId" in op && "moveId" in previous && op.moveId !== previous.moveId).toBe(true);
    }
  });
  const moveIds = ops.flatMap((op) => ("moveId" in op ? [op.moveId] : []));
  for (const id of new Set(moveIds)) {
    expect(ops.some((op) => op.type === "move-from" && op.moveId === id)).toBe(true);
    expect(ops.some((op) => op.type === "move-to" && op.moveId === id)).toBe(true);
  }
}

/** No op starts or ends inside a token: a change is never half a word. */
export function expectWholeTokens(ops: readonly DiffOp[], before: string, after: string, language?: string): void {
  const boundaries = (text: string) => {
    const offsets = new Set([0]);
    let at = 0;
    for (const token of tokenize(text, language)) offsets.add((at += token.length));
    return offsets;
  };
  const beforeBoundaries = boundaries(before);
  const afterBoundaries = boundaries(after);
  let beforeAt = 0;
  let afterAt = 0;
  for (const op of ops) {
    if (op.type === "equal" || op.type === "delete" || op.type === "move-from") {
      beforeAt += op.text.length;
      expect(beforeBoundaries.has(beforeAt), `op ends mid-token in before: ${JSON.stringify(op)}`).toBe(true);
    }
    if (op.type === "equal" || op.type === "insert" || op.type === "move-to") {
      afterAt += op.text.length;
      expect(afterBoundaries.has(afterAt), `op ends mid-token in after: ${JSON.stringify(op)}`).toBe(true);
    }
  }
}
