import { describe, expect, it } from "vitest";
import { diffTokens } from "../../../lib/diff/diff-tokens";
import { diffWords } from "../../../lib/diff/diff-words";
import { CODE_CAPACITY, encodeTokens } from "../../../lib/diff/encode-tokens";
import { scanTokens } from "../../../lib/diff/tokenize";
import type { PlainRun, Side } from "../../../lib/diff/token-runs";
import { expectWellFormed } from "./helpers/check-ops";

const side = (text: string): Side => {
  const { tokens, kinds } = scanTokens(text);
  return { tokens, kinds, keys: tokens };
};

/** Lines of distinct words: "w0 w1 … w9\n w10 …" */
function distinctWords(count: number, perLine = 10): string {
  return Array.from({ length: count }, (_, index) => `w${index.toString(36)}${(index + 1) % perLine === 0 ? "\n" : " "}`).join("");
}

describe("more distinct tokens than diff-match-patch has characters", () => {
  it("encodes tokens as single non-surrogate code units and reports overflow", () => {
    const keys = Array.from({ length: CODE_CAPACITY }, (_, index) => `k${index}`);
    const encoded = encodeTokens(keys, keys);
    expect(encoded?.before.length).toBe(CODE_CAPACITY);
    expect([...(encoded?.before ?? "")].every((unit) => unit.length === 1 && unit.charCodeAt(0) > 0)).toBe(true);
    expect(encodeTokens([...keys, "one more"], [])).toBeNull();
    expect(encodeTokens(keys, ["one more"])).toBeNull();
  });

  it("gives the same runs through the line fallback as directly when lines suffice", () => {
    const before = side("alpha beta gamma.\ndelta epsilon zeta.\neta theta iota.\nkappa lambda mu.");
    const after = side("alpha beta gamma.\ndelta epsilon ZETA.\neta theta iota.\nkappa mu nu.");
    const direct = diffTokens(before, after);
    // 12 distinct tokens per text would overflow a capacity of 10; lines and changed lines fit.
    const viaLines = diffTokens(before, after, 10);
    expect(viaLines).toEqual(direct);
  });

  it("falls back to a whole replacement of a stretch only when even its lines do not fit", () => {
    const before = side("a b c d e f g");
    const after = side("h i j k l m n");
    const runs: PlainRun[] = diffTokens(before, after, 3);
    expect(runs).toEqual([
      { type: "delete", length: before.tokens.length },
      { type: "insert", length: after.tokens.length },
    ]);
  });

  it("still diffs word by word texts with over 65,535 distinct words", () => {
    const before = distinctWords(70_000);
    const last = `w${(69_999).toString(36)}`;
    const after = `new start ${before.replace("w100 ", "w100 inserted ").replace(`${last}\n`, "end\n")}`;
    const ops = diffWords(before, after);
    expectWellFormed(ops, before, after);
    expect(ops.filter((op) => op.type !== "equal")).toEqual([
      { type: "insert", text: "new start " },
      { type: "insert", text: "inserted " },
      { type: "delete", text: last },
      { type: "insert", text: "end" },
    ]);
  });
});
