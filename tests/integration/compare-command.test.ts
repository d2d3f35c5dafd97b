import { describe, expect, it } from "vitest";
import { runScript } from "./helpers/run-script";

const drafts = "prisma/demo/drafts";

describe("npm run compare", () => {
  it("prints the summary and pairs as JSON, with no database", async () => {
    const result = await runScript("scripts/compare.ts", [`${drafts}/sample-1-consolidated.en.txt`, `${drafts}/sample-2-zero.en.txt`, "--json"], { DATABASE_URL: undefined });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.summary.articles).toEqual({ from: 30, to: 31 });
    expect(json.pairs).toContainEqual(expect.objectContaining({ from: ["Article 24"], to: ["Article 23"], kind: "changed", renumbered: true }));
    expect(json.pairs).toContainEqual(expect.objectContaining({ from: ["Article 20"], to: ["Article 19", "Article 20"], kind: "split" }));
    expect(json.pairs).toContainEqual(expect.objectContaining({ from: ["Article 18", "Article 19"], to: ["Article 18"], kind: "merged" }));
    for (const pair of json.pairs) expect(pair).toEqual(expect.objectContaining({ score: expect.any(Number), ops: expect.any(Array) }));
  });

  it("prints readable text when piped, in colour only when FORCE_COLOR asks", async () => {
    const files = [`${drafts}/sample-2-zero.en.txt`, `${drafts}/sample-3-revised.en.txt`];
    const result = await runScript("scripts/compare.ts", files, { FORCE_COLOR: undefined, NO_COLOR: undefined });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Article 23 → Article 26  Conditions and safeguards");
    expect(result.stdout).toMatch(/\[-[^-]+-\]/);
    expect(result.stdout).not.toContain("\u001b[");
    const coloured = await runScript("scripts/compare.ts", files, { FORCE_COLOR: "1", NO_COLOR: undefined });
    expect(coloured.stdout).toContain("\u001b[");
  });

  it("refuses a missing file and a wrong number of files in one line", async () => {
    const missing = await runScript("scripts/compare.ts", ["nope.txt", `${drafts}/sample-2-zero.en.txt`], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("error: Cannot read nope.txt: no such file.");
    const usage = await runScript("scripts/compare.ts", [`${drafts}/sample-2-zero.en.txt`], {});
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/^error: usage: npm run compare/);
  });
});
