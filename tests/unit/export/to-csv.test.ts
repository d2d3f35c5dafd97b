import { describe, expect, it } from "vitest";
import { csvCell } from "../../../lib/export/csv-cell";
import { toCsv } from "../../../lib/export/to-csv";
import type { SubmissionExport } from "../../../lib/export/types";
import { ARABIC, arabicSubmission, englishSubmission, FORMULA_AUTHOR, VIETNAMESE, XSS_TEXT } from "./helpers/fixtures";
import { parseCsv } from "./helpers/parse-csv";

const HEADER = ["Article", "Provision", "Quote", "Proposed text", "Justification", "Tags", "Stance", "Source kind", "Source organisation", "Author", "Organisation", "Created"];

function rowsOf(submission: SubmissionExport): string[][] {
  const csv = toCsv(submission);
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parseCsv(csv.slice(1));
}

describe("CSV export", () => {
  it("starts with a UTF-8 byte order mark, so spreadsheets read Arabic and Vietnamese as UTF-8", () => {
    const bytes = new TextEncoder().encode(toCsv(arabicSubmission()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The mark is written once, not before every record.
    expect(toCsv(englishSubmission()).match(/\uFEFF/g)).toHaveLength(1);
  });

  it("has a header and one row per item, in the authors' order, that parse back to the same cells", () => {
    const submission = englishSubmission();
    const [header, ...rows] = rowsOf(submission);
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(submission.items.length);
    const [safeguards] = rows;
    const item = submission.items[0]!;
    expect(safeguards).toEqual([
      "Article 26",
      "1.",
      item.quote,
      item.proposedText,
      item.justificationText,
      "safeguards; human rights",
      "Proposal",
      "OHCHR",
      "Office of the High Commissioner for Human Rights",
      "Alice Martin",
      "Digital Rights Watch",
      "2024-06-03T10:00:00.000Z",
    ]);
    expect(rows.map((row) => row[0])).toEqual(submission.items.map((each) => each.articleLabel));
    // No proposal and no organisation: empty cells, not "null".
    expect(rows[3]?.[3]).toBe("");
    expect(rows[1]?.[10]).toBe("");
  });

  it("quotes commas, double quotes and line breaks (RFC 4180) and ends every record with CRLF", () => {
    const csv = toCsv(englishSubmission());
    expect(csv.endsWith("\r\n")).toBe(true);
    const justification = rowsOf(englishSubmission())[2]?.[4] ?? "";
    expect(justification).toContain(XSS_TEXT);
    expect(justification).toContain('# not a heading, "quoted", with, commas\nand a second line');
    expect(csv).toContain('""quoted""');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const row = rowsOf(englishSubmission())[2] ?? [];
    expect(row[9]).toBe(`'${FORMULA_AUTHOR}`);
    expect(row[8]).toBe("'@SUM(1,2)");
    expect(row[5]).toBe("'-2+3; scope");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    // Only the first character matters: text with an equals sign inside is left alone.
    expect(csvCell("a = b")).toBe("a = b");
  });

  it("keeps Vietnamese and Arabic text intact", () => {
    const vietnamese = rowsOf(englishSubmission())[3] ?? [];
    expect(vietnamese[4]).toBe(VIETNAMESE);
    expect(vietnamese[9]).toBe("Nguyễn Thị Hương");
    const [, arabic] = rowsOf(arabicSubmission());
    expect(arabic?.slice(0, 5)).toEqual(["المادة 26", "1 -", ARABIC.quote, ARABIC.proposed, ARABIC.justification]);
  });

  it("writes only the header for an empty submission", () => {
    expect(rowsOf({ ...englishSubmission(), items: [] })).toEqual([HEADER]);
  });
});
