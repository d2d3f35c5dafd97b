import { matchStructuralHeading } from "../draft-text/headings";
import { matchParagraphMarker, matchSubparagraphMarker } from "../draft-text/numbering";
import { normaliseExtractedText, type TextBlock } from "./normalise";
import type { PdfLine } from "./pdf-lines";
import type { DraftFootnote } from "./types";

// Joins the body lines of a PDF into paragraphs, and the small-print lines at the foot of a
// page into footnotes.

/** A gap between baselines this much larger than the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.25;
/** A line ending this far (share of the column width) before the column's end closes its paragraph. */
const SHORT_LINE = 0.12;
/** Footnotes are printed smaller than this share of the body text size. */
const FOOTNOTE_SIZE = 0.9;

const LINE_END_HYPHEN = /(\p{L}+)[-\u2010\u00AD]$/u;
const SENTENCE_END = /[.;:!?。；：！？]["”’»)\]]*$/u;
// "…; or" / "…؛ أو" before the next item ends the item as a full stop would.
const ITEM_END = /[;؛；]\s*\S{1,4}$/u;
const WORDS = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)*/gu;

function startsProvision(text: string, language: string | undefined): boolean {
  return matchStructuralHeading(text, language) !== null || matchParagraphMarker(text) !== null || matchSubparagraphMarker(text) !== null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The most common font size of the document's text, weighted by characters. */
export function bodyFontSize(pages: readonly (readonly PdfLine[])[]): number {
  const weights = new Map<number, number>();
  for (const line of pages.flat()) weights.set(line.fontSize, (weights.get(line.fontSize) ?? 0) + line.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Splits a page into its body lines and the footnote lines printed below the body in small type. */
export function splitFootnoteLines(lines: readonly PdfLine[], bodySize: number): { body: PdfLine[]; notes: PdfLine[] } {
  let lastBody = -1;
  lines.forEach((line, index) => {
    if (line.fontSize >= FOOTNOTE_SIZE * bodySize) lastBody = index;
  });
  return { body: lines.slice(0, lastBody + 1), notes: lines.slice(lastBody + 1) };
}

/** Footnotes from their lines: a line starting with a number starts a note. */
export function readFootnotes(lines: readonly PdfLine[]): DraftFootnote[] {
  const notes: DraftFootnote[] = [];
  for (const line of lines) {
    const start = /^(\d{1,3}|[*†‡])\s*(.*)$/u.exec(line.text);
    const last = notes[notes.length - 1];
    if (start) notes.push({ marker: start[1] ?? "", text: start[2] ?? "" });
    else if (last) last.text = `${last.text} ${line.text}`;
  }
  return notes.map((note) => ({ ...note, text: normaliseExtractedText(note.text) }));
}

/** Words of the document, hyphenated compounds included, to tell "capacity-building" from "com-munication". */
export function documentWords(lines: readonly PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // A word hyphenated at the end of a line is not evidence of anything.
    const text = line.text.replace(LINE_END_HYPHEN, "");
    for (const match of text.matchAll(WORDS)) words.add(match[0].toLowerCase().replace(/\u2010/g, "-"));
  }
  return words;
}

/**
 * Joins two lines of one paragraph. A hyphen at a line end before a lowercase letter is a
 * typesetting break ("com-" + "munication") unless the document spells the word with a hyphen
 * elsewhere and never without ("capacity-" + "building").
 */
export function joinLineText(previous: string, next: string, words: ReadonlySet<string>): string {
  const hyphen = LINE_END_HYPHEN.exec(previous);
  if (!hyphen) return `${previous} ${next}`;
  if (previous.endsWith("\u00AD")) return previous.slice(0, -1) + next;
  const head = (hyphen[1] ?? "").toLowerCase();
  const tail = (/^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? "").toLowerCase();
  const keep = !/^\p{Ll}/u.test(next) || (words.has(`${head}-${tail}`) && !words.has(head + tail));
  return keep ? `${previous.slice(0, -1)}-${next}` : previous.slice(0, -1) + next;
}

export interface ParagraphOptions {
  language?: string;
}

/** Paragraph blocks from the body lines of all pages, in reading order. */
export function buildParagraphs(pages: readonly (readonly PdfLine[])[], options: ParagraphOptions = {}): TextBlock[] {
  const words = documentWords(pages.flat());
  const blocks: TextBlock[] = [];
  let current: string | null = null;
  let previous: PdfLine | null = null;
  let previousOpen = false;
  const flush = (): void => {
    if (current !== null) {
      const text = normaliseExtractedText(current);
      if (text !== "") blocks.push({ text, heading: false });
    }
    current = null;
  };
  // The text column, over the whole document: a page may hold only a few short lines.
  const all = pages.flat();
  const left = Math.min(...all.map((line) => line.left));
  const right = Math.max(...all.map((line) => line.right));
  const width = Math.max(right - left, 1);
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const spacings = lines.slice(1).map((line, index) => (lines[index] as PdfLine).y - line.y).filter((gap) => gap > 0);
    const lineSpacing = median(spacings) || (lines[0] as PdfLine).fontSize * 1.2;
    lines.forEach((line, index) => {
      const samePage = index > 0 && previous !== null;
      const gap = samePage && previous ? previous.y - line.y : 0;
      const startsNew =
        current === null ||
        !previousOpen ||
        (samePage && gap > PARAGRAPH_GAP * lineSpacing) ||
        // "… referred to in subparagraph" + "(a) of this paragraph" goes on; "… as follows:" + "(a) …" does not.
        (startsProvision(line.text, options.language) && (previous === null || SENTENCE_END.test(previous.text) || ITEM_END.test(previous.text) || !/[\p{L}\p{N},]$/u.test(previous.text)));
      if (startsNew) {
        flush();
        current = line.text;
      } else {
        current = joinLineText(current ?? "", line.text, words);
      }
      // A line that stops short of the column's end closes its paragraph, and so does a centred one
      // (a heading, however long).
      const startGap = line.rtl ? right - line.right : line.left - left;
      const endGap = line.rtl ? line.left - left : right - line.right;
      const centred = startGap > 2 * line.fontSize && Math.abs(startGap - endGap) < line.fontSize;
      previousOpen = endGap <= SHORT_LINE * width && !centred;
      previous = line;
    });
  }
  flush();
  return blocks;
}
