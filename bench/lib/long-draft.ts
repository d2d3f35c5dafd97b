import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const demoDraft = (file: string) => readFileSync(fileURLToPath(new URL(`../../prisma/demo/drafts/${file}`, import.meta.url)), "utf8");

/**
 * A draft of about 40 printed pages: the English demo drafts one after the other (the last twice), articles
 * and chapters renumbered to run on, as a long negotiating text would.
 */
export function longEnglishDraft(): string {
  let article = 0;
  let chapter = 0;
  const roman = (n: number) =>
    [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]].reduce<[number, string]>(
      ([rest, out], [value, numeral]) => {
        while (rest >= (value as number)) { rest -= value as number; out += numeral as string; }
        return [rest, out];
      },
      [n, ""],
    )[1];
  return ["sample-1-consolidated.en.txt", "sample-2-zero.en.txt", "sample-3-revised.en.txt", "sample-3-revised.en.txt"]
    .map((file, i) => {
      const lines = demoDraft(file).split("\n");
      // Only the first draft keeps its preamble; the others continue its chapters.
      const body = i === 0 ? lines : lines.slice(lines.findIndex((l) => /^Chapter /.test(l)));
      return body.map((line) => line.replace(/^Article \d+$/, () => `Article ${++article}`).replace(/^Chapter [IVXLC]+$/, () => `Chapter ${roman(++chapter)}`)).join("\n");
    })
    .join("\n\n");
}
