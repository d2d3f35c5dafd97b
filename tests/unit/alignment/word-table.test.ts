import { describe, expect, it } from "vitest";
import { WordTable } from "../../../lib/alignment/word-table";

describe("WordTable", () => {
  it("gives each word one id wherever it stands, kept as the table grows", () => {
    const table = new WordTable();
    let next = 0;
    const intern = (text: string, start: number, end: number) => {
      const id = table.intern(text, start, end, next);
      if (id === next) next++;
      return id;
    };
    const words = Array.from({ length: 3000 }, (_, index) => `w${index.toString(36)}`);
    const line = words.join(" ");
    const ids = new Map<string, number>();
    let at = 0;
    for (const word of words) {
      ids.set(word, intern(line, at, at + word.length));
      at += word.length + 1;
    }
    expect(next).toBe(3000);
    for (const [word, id] of ids) expect(intern(`(${word})`, 1, word.length + 1)).toBe(id);
    expect(intern("w1-", 0, 2)).toBe(ids.get("w1"));
    expect(intern("w1-", 0, 3)).toBe(3000);
  });
});
