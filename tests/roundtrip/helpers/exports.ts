import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import mammoth from "mammoth";
import { expect, it } from "vitest";
import { docxParts } from "../../unit/export/helpers/docx-parts";
import { assertCompletePackage } from "./docx-package";
import { RESULTS_DIRECTORY } from "./files";
import { hasLibreOffice, libreOfficePdf, SOFFICE } from "./libreoffice";
import { comparable, comparableArabic, pagePng, pdfText } from "./poppler";
import { pngInk } from "./png";

// The checks every exported DOCX and PDF goes through, whatever it holds.

/** The DOCX's text as mammoth reads it (tracked insertions accepted, deletions left out), after checking the package. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  assertCompletePackage(await docxParts(bytes));
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** Where CI runs (it installs LibreOffice), a missing soffice is a failure, not a skip. */
const mustConvert = Boolean(process.env.CI);
const INSTALL = "Debian: apt-get install libreoffice-writer-nogui";

/**
 * A test that LibreOffice converts the DOCX and its PDF holds `latin` and, when given, `arabic`.
 * LibreOffice's PDF gives Arabic back with each lam-alef ligature as its two letters swapped and
 * some words with a shadda or tanwin split apart, so an Arabic passage must be free of both; it
 * is compared as Chromium's PDFs are (comparableArabic). Skipped, saying why, only where
 * LibreOffice is not installed, and never under CI.
 */
export function itConvertsWithLibreOffice(docx: () => Uint8Array, latin: string, arabic?: string): void {
  const skip = !hasLibreOffice && !mustConvert;
  if (skip) console.warn(`${SOFFICE} is absent: the LibreOffice conversion of the DOCX is skipped (${INSTALL}).`);
  it.skipIf(skip)(`LibreOffice converts it to PDF without error (skipped only without ${SOFFICE}, outside CI)`, async () => {
    expect(hasLibreOffice, `${SOFFICE} is absent, and CI must convert the DOCX: install LibreOffice (${INSTALL})`).toBe(true);
    const pdf = await libreOfficePdf(docx());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(comparable(text)).toContain(comparable(latin));
    if (arabic !== undefined) expect(comparableArabic(text)).toContain(comparableArabic(arabic));
  }, 180_000);
}

/** Renders a page to PNG, keeps it under test-results/roundtrip for a person to look at, and says how much of it is inked. */
export async function renderedPage(pdf: Uint8Array, page: number, name: string): Promise<number> {
  const png = await pagePng(pdf, page);
  await mkdir(RESULTS_DIRECTORY, { recursive: true });
  await writeFile(path.join(RESULTS_DIRECTORY, `${name}-page-${page}.png`), png);
  return pngInk(png).inked;
}
