import { describe, expect, it } from "vitest";
import { encodeTokens } from "../../../lib/diff/encode-tokens";

const codes = (text: string | undefined) => [...(text ?? "")].map((unit) => unit.charCodeAt(0));

describe("encodeTokens", () => {
  it("numbers keys in order of first appearance, one-character keys and longer ones alike", () => {
    const encoded = encodeTokens(["The", " ", "State", ",", " ", "The"], [",", "Party", " ", "State"]);
    expect(codes(encoded?.before)).toEqual([1, 2, 3, 4, 2, 1]);
    expect(codes(encoded?.after)).toEqual([4, 5, 2, 3]);
  });

  it("starts afresh on every call, after an overflow too", () => {
    expect(codes(encodeTokens(["a", "b"], ["b"])?.before)).toEqual([1, 2]);
    expect(encodeTokens([".", "x", ";"], [], 2)).toBeNull();
    expect(codes(encodeTokens([";", "."], ["x"])?.before)).toEqual([1, 2]);
    expect(codes(encodeTokens([";", "."], ["x"])?.after)).toEqual([3]);
  });
});
