import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSubmission } from "../../bench/lib/demo-submission";
import { groupByArticle } from "../../lib/export/group-by-article";
import { articleTitle } from "../../lib/export/item-labels";
import { toDocx } from "../../lib/export/to-docx";
import type { SubmissionExport, SubmissionItem } from "../../lib/export/types";
import { closePdfBrowser, toPdf } from "../../lib/pdf/print-pdf";
import { ARABIC, arabicAndVietnameseSubmission, englishSubmission, VIETNAMESE } from "../unit/export/helpers/fixtures";
import { itConvertsWithLibreOffice, readDocx, renderedPage } from "./helpers/exports";
import { comparable, comparableArabic, pdfFonts, pdfText } from "./helpers/poppler";

// A submission exported as DOCX must open (a complete package, read back by mammoth, converted by
// LibreOffice) and as PDF must read back (pdftotext) with its Arabic and Vietnamese intact.

afterAll(closePdfBrowser);

/** What a reader must find: every article's title, every amendment in its sentence, every comment. */
function expectedPassages(submission: SubmissionExport): string[] {
  const { language } = submission.draft;
  return [
    ...groupByArticle(submission.items).map((section) => articleTitle(section.articleLabel, section.articleHeading)),
    ...submission.items.flatMap((item) => [
      item.proposedText === null ? item.quote : item.currentText.replace(item.quote, item.proposedText),
      ...justificationLines(item),
    ]),
  ].map((passage) => (language === "ar" ? comparableArabic(passage) : comparable(passage)));
}

/** The justification's lines as a reader sees them: no list markers, links as their words. */
function justificationLines(item: SubmissionItem): string[] {
  return item.justificationText.split(/\n+/).map((line) => line.replace(/^(- |\d+\. |> )/, "").replace(/ \((?:https?|mailto):[^)]*\)/g, ""));
}

describe.each([
  { name: "the English submission (Vietnamese comments, XSS payloads)", make: englishSubmission, latin: "Legitimacy and non-discrimination are core safeguards" },
  { name: "a 60-item submission on the revised demo draft", make: () => demoSubmission(60), latin: "This wording weakens the safeguards" },
  // The amendment's words after the one with a shadda (see itConvertsWithLibreOffice).
  { name: "the Arabic submission with a Vietnamese comment", make: arabicAndVietnameseSubmission, latin: VIETNAMESE, arabic: "الشرعية والمشروعية والضرورة والتناسب وعدم التمييز" },
])("DOCX of $name", ({ make, latin, arabic }) => {
  const submission = make();
  let docx: Uint8Array;
  let text: string;
  beforeAll(async () => {
    docx = await toDocx(submission);
    text = await readDocx(docx);
  });

  it("is a complete package that mammoth reads back with every article, amendment and justification", () => {
    const read = submission.draft.language === "ar" ? comparableArabic(text) : comparable(text);
    for (const passage of expectedPassages(submission)) expect(read).toContain(passage);
  });

  itConvertsWithLibreOffice(() => docx, latin, arabic);
});

describe("PDF of the Arabic submission with a Vietnamese comment", () => {
  const submission = arabicAndVietnameseSubmission();
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = await toPdf(submission);
    text = await pdfText(pdf);
  });

  it("reads back with the Arabic intact and in logical order (vowel marks and spaces aside)", () => {
    const arabic = submission.items[0]!;
    const read = comparableArabic(text);
    for (const passage of [ARABIC.justification, arabic.currentText, arabic.currentText.replace(ARABIC.quote, ARABIC.proposed), "الشروط والضمانات", "منظمة الحقوق الرقمية"]) {
      expect(read).toContain(comparableArabic(passage));
    }
  });

  it("reads back with the Vietnamese intact, every diacritic in place", () => {
    const read = comparable(text);
    for (const passage of [VIETNAMESE, "Nguyễn Thị Hương", "Trung tâm Nghiên cứu Quyền con người"]) expect(read).toContain(passage);
  });

  it("numbers its pages and embeds the Noto fonts it uses", async () => {
    expect(text).toMatch(/Page 1 of 2\b/);
    expect(text).toMatch(/Page 2 of 2\b/);
    const fonts = await pdfFonts(pdf);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    for (const family of ["NotoNaskhArabic-", "NotoSerif-", "NotoSans-"]) expect(fonts.some((font) => font.name.startsWith(family))).toBe(true);
  });

  it("renders its title page to a PNG that is not blank", async () => {
    const inked = await renderedPage(pdf, 1, "submission-ar-vi");
    expect(inked).toBeGreaterThan(0.002);
    expect(inked).toBeLessThan(0.5);
  });
});

describe("PDF of the English submission", () => {
  const submission = englishSubmission();
  let text: string;
  beforeAll(async () => {
    text = comparable(await pdfText(await toPdf(submission)));
  });

  it("reads back with every article, amendment (deletions struck beside insertions) and justification", () => {
    for (const title of ["Article 26: Conditions and safeguards", "Article 27: Scope of international cooperation"]) expect(text).toContain(title);
    expect(text).toContain("at least foursix years");
    expect(text).toContain("legality, necessitylegitimacy, necessity, proportionality and proportionalitynondiscrimination.");
    expect(text).toContain(comparable(VIETNAMESE));
    expect(text).toContain("<script>alert(1)</script> and [x](javascript:alert(1))");
    for (const item of submission.items) for (const line of justificationLines(item)) expect(text).toContain(comparable(line));
  });
});
