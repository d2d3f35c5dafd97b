import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../lib/compare/types";
import { cachedComparison } from "../../../lib/operations/comparison-cache";

const comparison = (n: number) => ({ summary: { changed: n }, pairs: [] }) as unknown as Comparison;

describe("cachedComparison", () => {
  it("computes a key's comparison once and keeps the 32 most recently used", () => {
    let computed = 0;
    const get = (key: string) => cachedComparison(`cache-test ${key}`, () => comparison(++computed));
    const first = get("a");
    expect(get("a")).toBe(first);
    expect(computed).toBe(1);
    for (let i = 0; i < 31; i++) get(`filler ${i}`);
    get("a"); // used again: now the most recent
    get("one more"); // evicts the least recently used, "filler 0"
    expect(get("a")).toBe(first);
    const before = computed;
    get("filler 0");
    expect(computed).toBe(before + 1);
  });
});
