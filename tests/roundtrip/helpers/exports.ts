import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import mammoth from "mammoth";
import { expect, it } from "vitest";
import { docxParts } from "../../unit/export/helpers/docx-parts";
import { assertCompletePackage } from "./docx-package";
import { RESULTS_DIRECTORY } from "./files";
import { hasLibreOffice, libreOfficePdf, SOFFICE } from "./libreoffice";
import { comparable, pagePng, pdfText } from "./poppler";
import { pngInk } from "./png";

// The checks every exported DOCX and PDF goes through, whatever it holds.

/** The DOCX's text as mammoth reads it (tracked insertions accepted, deletions left out), after checking the package. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  assertCompletePackage(await docxParts(bytes));
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/**
 * A test that LibreOffice converts the DOCX and its PDF holds `expectedText` (Latin script: its
 * Arabic comes back with letters out of place, a matter of its PDF, not of the DOCX read).
 * Skipped, saying why, only where LibreOffice is not installed (CI installs it).
 */
export function itConvertsWithLibreOffice(docx: () => Uint8Array, expectedText: string): void {
  if (!hasLibreOffice) console.warn(`${SOFFICE} is absent: the LibreOffice conversion of the DOCX is skipped (Debian: apt-get install libreoffice-writer).`);
  it.skipIf(!hasLibreOffice)(`LibreOffice converts it to PDF without error (skipped only without ${SOFFICE})`, async () => {
    const pdf = await libreOfficePdf(docx());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(comparable(await pdfText(pdf))).toContain(comparable(expectedText));
  }, 180_000);
}

/** Renders a page to PNG, keeps it under test-results/roundtrip for a person to look at, and says how much of it is inked. */
export async function renderedPage(pdf: Uint8Array, page: number, name: string): Promise<number> {
  const png = await pagePng(pdf, page);
  await mkdir(RESULTS_DIRECTORY, { recursive: true });
  await writeFile(path.join(RESULTS_DIRECTORY, `${name}-page-${page}.png`), png);
  return pngInk(png).inked;
}
