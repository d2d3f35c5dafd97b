import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../../lib/auth/permissions";
import { getComparison } from "../../lib/operations/get-comparison";
import { importParsedDraft } from "../../lib/operations/import-parsed-draft";
import { previewDraft } from "../../lib/operations/preview-draft";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const BUDAPEST = path.resolve(import.meta.dirname, "../../../shared/corpus/real/budapest-convention-2001.en-nl.md");

describe("comparing a draft with another instrument", () => {
  let t: TestDatabase;
  let budapestId: string;
  let revisedId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const corpus = await readFile(BUDAPEST, "utf8");
    // The English half only: the Dutch translation starts at the first "Verdrag" title after Article 1.
    const englishStart = corpus.search(/^#+\s*Article\s+1\s*$/m);
    const englishText = corpus.slice(0, englishStart + corpus.slice(englishStart).search(/^#+\s*Verdrag\b/m));
    const preview = await previewDraft(OPERATOR, { bytes: new TextEncoder().encode(englishText), fileName: "budapest.md.txt", language: "en" });
    const stored = await importParsedDraft(t.db, OPERATOR, { treaty: "Convention on Cybercrime (Budapest, 2001)", title: "Convention on Cybercrime, ETS 185", date: "2001-11-23", language: "en", provisions: preview.provisions });
    budapestId = stored.draftId;
    revisedId = (await t.db.draft.findFirstOrThrow({ where: { symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1" } })).id;
  });
  afterAll(() => t.drop());

  it("imports the real Budapest Convention as a draft of its own treaty, with its 48 articles", async () => {
    expect(await t.db.provision.count({ where: { draftId: budapestId, kind: "ARTICLE" } })).toBe(48);
  });

  it("shows which articles of the sample draft follow the Budapest Convention", async () => {
    const view = await getComparison(t.db, OPERATOR, { from: budapestId, to: revisedId });
    const follows = (heading: string) => view.comparison.pairs.find((p) => p.to.some((a) => a.heading === heading));
    expect(follows("Conditions and safeguards")?.from.map((a) => a.number)).toEqual(["15"]);
    expect(follows("Illegal access")?.from.map((a) => a.number)).toEqual(["2"]);
    expect(follows("Illegal interception")?.from.map((a) => a.number)).toEqual(["3"]);
    expect(follows("Extradition")?.from.map((a) => a.number)).toEqual(["24"]);
    // Articles with no counterpart stand alone, never forced into a pair.
    expect(view.comparison.summary.added + view.comparison.summary.removed).toBeGreaterThan(0);
  });
});
