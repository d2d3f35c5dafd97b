import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparisonReport } from "../../lib/export/comparison-report/comparison-report";
import { toComparisonDocx } from "../../lib/export/comparison-report/to-comparison-docx";
import { closePdfBrowser, toComparisonPdf } from "../../lib/pdf/print-pdf";
import { zeroToRevised } from "../unit/export/helpers/comparison";
import { itConvertsWithLibreOffice, readDocx, renderedPage } from "./helpers/exports";
import { comparable, pdfText } from "./helpers/poppler";

// The comparison report of the zero and revised demo drafts (the compare command's alignment and
// diff), as DOCX and PDF, read back: its summary and the renumbered articles must be there.

afterAll(closePdfBrowser);

const report = comparisonReport(zeroToRevised(), { generatedAt: "2033-02-01T10:00:00.000Z" });
const RENUMBERED = "Art. 23 → Art. 26: Conditions and safeguards";

describe("comparison report DOCX", () => {
  let docx: Uint8Array;
  let text: string;
  beforeAll(async () => {
    docx = await toComparisonDocx(report);
    text = comparable(await readDocx(docx));
  });

  it("is a complete package that mammoth reads back with the summary and the renumbered articles", () => {
    expect(text).toContain("Comparison of two drafts: Zero draft (sample) → Revised draft (sample)");
    expect(text).toContain("Articles before 31 Articles after 34 Changed 17 Unchanged 12 New 4");
    expect(text).toContain("Renumbered without other change: Art. 7 → Art. 8");
    expect(text).toContain(RENUMBERED);
    // Tracked changes accepted: the revised draft's words.
    expect(text).toContain(comparable("apply, except as otherwise stated herein, to the prevention, investigation and prosecution of the offences established in accordance with this Convention, to the collection of evidence"));
  });

  itConvertsWithLibreOffice(() => docx, RENUMBERED);
});

describe("comparison report PDF", () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = await toComparisonPdf(report);
    text = comparable(await pdfText(pdf));
  });

  it("reads back with the summary, the renumbered articles and both sides of each change", () => {
    expect(text).toContain("Summary");
    expect(text).toContain("Articles before 31");
    expect(text).toContain(RENUMBERED);
    expect(text).toContain("— → Art. 6: Protection of personal data");
    expect(text).toContain("Art. 26 + Art. 27 → Art. 29: Mutual legal assistance");
    // Struck and inserted words both print, struck first.
    expect(text).toContain("for in articles 1719 and 2427 of this Convention");
    expect(text).toMatch(/Page 1 of (\d+).*Page \1 of \1/);
  });

  it("renders its first page to a PNG that is not blank", async () => {
    const inked = await renderedPage(pdf, 1, "comparison-report");
    expect(inked).toBeGreaterThan(0.002);
    expect(inked).toBeLessThan(0.5);
  });
});
