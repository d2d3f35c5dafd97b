import { getDocumentProxy } from "unpdf";
import { joinBlocks } from "./normalise";
import { findPageFurniture } from "./pdf-furniture";
import { buildLines, type PdfLine, type PdfTextItem } from "./pdf-lines";
import { bodyFontSize, buildParagraphs, readFootnotes, splitFootnoteLines } from "./pdf-paragraphs";
import { DraftFileError, type DraftFootnote, type ExtractDraftOptions, type ExtractedDraft } from "./types";

const ENCRYPTED =
  "This PDF is password-protected: its text cannot be read. Ask the sender for an unprotected copy, or open it, print it to a new PDF without a password, and upload that.";
const NO_TEXT =
  "This PDF has no text layer (a scan?): it contains only images of pages. Upload the Word or text version of the draft, or run the PDF through text recognition (OCR) first.";
const DAMAGED = "This PDF is damaged and cannot be read. Download it again, or upload the Word version of the draft.";

interface RawTextItem {
  str?: string;
  dir?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function toItem(raw: RawTextItem): PdfTextItem | null {
  if (typeof raw.str !== "string" || !raw.transform) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
  // Text rotated on the page (stamps, margin notes) is not part of the draft.
  if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) return null;
  const dir = raw.dir === "rtl" || raw.dir === "ttb" ? raw.dir : "ltr";
  return { str: raw.str, x: e, y: f, width: raw.width ?? 0, fontSize: Math.hypot(c, d) || raw.height || 0, dir };
}

function pageList(pages: readonly number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(", ")} and ${pages.length - 10} more` : pages.join(", ");
}

async function openPdf(bytes: Uint8Array) {
  try {
    // pdf.js may take over (detach) the buffer it is given: hand it a copy, and a plain Uint8Array
    // (a Node Buffer's slice() shares memory, and pdf.js misreads Buffers as damaged files).
    // Verbosity 0: pdf.js's repair notes ("Indexing all PDF objects") are not for the user; what
    // matters reaches them as a DraftFileError.
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    if ((error as { name?: string }).name === "PasswordException") throw new DraftFileError(ENCRYPTED);
    throw new DraftFileError(DAMAGED);
  }
}

/** Reads a PDF's text layer into the published plain-text layout. */
export async function extractPdf(bytes: Uint8Array, options: ExtractDraftOptions): Promise<ExtractedDraft> {
  const pdf = await openPdf(bytes);
  const pages: PdfLine[][] = [];
  const unmapped: number[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = (content.items as RawTextItem[]).map(toItem).filter((item): item is PdfTextItem => item !== null);
      if (items.some((item) => item.str.includes("\u0000"))) unmapped.push(number);
      // A glyph without a Unicode mapping still takes its place on the line: an invisible word
      // joiner keeps the gap it leaves from being read as a space (normalisation removes it).
      pages.push(buildLines(items.map((item) => ({ ...item, str: item.str.replace(/\u0000/g, "\u2060") }))));
      page.cleanup();
      options.onProgress?.(number, pdf.numPages);
    }
  } catch (error) {
    if (error instanceof DraftFileError) throw error;
    throw new DraftFileError(DAMAGED);
  } finally {
    await pdf.destroy();
  }

  const emptyPages = pages.flatMap((lines, index) => (lines.length === 0 ? [index + 1] : []));
  if (emptyPages.length === pages.length) throw new DraftFileError(NO_TEXT);
  const warnings: string[] = [];
  if (emptyPages.length > 0) warnings.push(`No text on page ${pageList(emptyPages)} (scanned images?): that part of the draft is missing.`);
  if (unmapped.length > 0) warnings.push(`Some characters on page ${pageList(unmapped)} could not be read (fonts without a Unicode mapping): check the text in the preview.`);

  const furniture = findPageFurniture(pages);
  const withoutFurniture = pages.map((lines, page) => lines.filter((_, index) => !furniture[page]?.has(index)));
  const size = bodyFontSize(withoutFurniture);
  const footnotes: DraftFootnote[] = [];
  const bodies = withoutFurniture.map((lines) => {
    const { body, notes } = splitFootnoteLines(lines, size);
    footnotes.push(...readFootnotes(notes));
    return body;
  });
  const blocks = buildParagraphs(bodies, { language: options.language });
  if (blocks.length === 0) throw new DraftFileError(NO_TEXT);
  return { text: joinBlocks(blocks), footnotes, pages: pages.length, warnings };
}
