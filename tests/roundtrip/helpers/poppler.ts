import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inTemporaryDirectory, run } from "./files";

// Reads a PDF back with poppler-utils (Debian), independently of the browser that printed it.

/** The PDF's text as pdftotext reads it, page by page in reading order. */
export function pdfText(pdf: Uint8Array): Promise<string> {
  return inTemporaryDirectory(async (directory) => {
    const file = path.join(directory, "in.pdf");
    await writeFile(file, pdf);
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  });
}

/** One page rendered to PNG by pdftoppm. */
export function pagePng(pdf: Uint8Array, page: number, dpi = 60): Promise<Uint8Array> {
  return inTemporaryDirectory(async (directory) => {
    const file = path.join(directory, "in.pdf");
    await writeFile(file, pdf);
    await run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", file, path.join(directory, "page")]);
    return new Uint8Array(await readFile(path.join(directory, "page.png")));
  });
}

// pdftotext marks right-to-left runs with directional embeddings; Chromium's Arabic glyphs lose
// their vowel marks or have them out of order, and lines break inside words (see demo-drafts.test.ts).
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ARABIC_MARKS = /[\u064B-\u065F\u0670]/g;

/**
 * Text to look for in an extraction: composed, without direction marks, white space as one space,
 * and without hyphens, as pdftotext drops a hyphen that ends a line ("non-" "discrimination").
 */
export function comparable(text: string): string {
  return text.normalize("NFC").replace(DIRECTION_MARKS, "").replace(/-/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Arabic text to look for: without vowel marks and without any white space. Digits beside
 * punctuation ("المادة 26:") come back reordered from a right-to-left line, so passages are chosen without them.
 */
export function comparableArabic(text: string): string {
  return comparable(text).replace(ARABIC_MARKS, "").replace(/\s+/g, "");
}

/** The fonts of the PDF as pdffonts lists them: name (subset prefix dropped) and whether it is embedded. */
export function pdfFonts(pdf: Uint8Array): Promise<{ name: string; embedded: boolean }[]> {
  return inTemporaryDirectory(async (directory) => {
    const file = path.join(directory, "in.pdf");
    await writeFile(file, pdf);
    const { stdout } = await run("pdffonts", [file]);
    // Two header lines; the columns after the name are type, encoding, emb, sub, uni, object, id.
    return stdout
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        return { name: (columns[0] ?? "").replace(/^[A-Z]{6}\+/, ""), embedded: columns.at(-5) === "yes" };
      });
  });
}
