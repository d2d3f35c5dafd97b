import { describe, expect, it } from "vitest";
import { PairTable } from "../../../lib/alignment/pair-table";

describe("PairTable", () => {
  it("gives each pair one id, kept as the table grows, and tells pairs apart by order", () => {
    const table = new PairTable();
    let next = 0;
    const intern = (first: number, second: number) => {
      const id = table.intern(first, second, next);
      if (id === next) next++;
      return id;
    };
    const ids = new Map<string, number>();
    for (let first = 0; first < 300; first++) {
      for (let second = 0; second < 30; second++) ids.set(`${first} ${second}`, intern(first, second));
    }
    expect(next).toBe(9000);
    expect(new Set(ids.values()).size).toBe(9000);
    for (const [key, id] of ids) {
      const [first, second] = key.split(" ").map(Number);
      expect(intern(first!, second!)).toBe(id);
    }
    expect(intern(1, 2)).not.toBe(intern(2, 1));
    expect(next).toBe(9000);
  });
});
