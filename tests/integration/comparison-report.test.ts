import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../lib/auth/permissions";
import { InvalidInputError } from "../../lib/operations/errors";
import { exportComparisonReport } from "../../lib/operations/export-comparison-report";
import { closePdfBrowser } from "../../lib/pdf/print-pdf";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors } from "./helpers/demo-actors";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// The comparison report of two demo drafts: the renumbered safeguards article (Art. 23 → Art. 26
// between the zero and the revised draft) is in it, in Word and in PDF.

describe("comparison report", () => {
  let t: TestDatabase;
  let query: { from: string; to: string };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const [zero, revised] = await t.db.draft.findMany({ where: { treaty: { isSample: true }, language: "en" }, orderBy: { position: "asc" }, skip: 1 });
    query = { from: zero!.id, to: revised!.id };
  });
  afterAll(async () => {
    await closePdfBrowser();
    await t.drop();
  });

  it("is written as DOCX and PDF for any reader of drafts, with the renumbered safeguards article", async () => {
    const { viewer } = await demoActors(t.db);
    const docx = await exportComparisonReport(t.db, viewer, { ...query, format: "docx" });
    expect(docx.filename).toMatch(/\.docx$/);
    const words = (await mammoth.extractRawText({ buffer: Buffer.from(docx.body) })).value;
    expect(words).toMatch(/Art\. 23 → Art\. 26/);
    expect(words).toContain("Conditions and safeguards");

    const pdf = await exportComparisonReport(t.db, viewer, { ...query, format: "pdf" });
    const { text } = await extractText(await getDocumentProxy(pdf.body), { mergePages: true });
    expect(text.replace(/\s+/g, " ")).toMatch(/Art\. 23 → Art\. 26/);
  });

  it("refuses the signed-out and a bad query with a message", async () => {
    await expect(exportComparisonReport(t.db, null as never, { ...query, format: "docx" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportComparisonReport(t.db, (await demoActors(t.db)).viewer, { ...query, format: "odt" })).rejects.toThrow("docx or pdf");
    await expect(exportComparisonReport(t.db, (await demoActors(t.db)).viewer, { from: "", to: query.to, format: "pdf" })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
