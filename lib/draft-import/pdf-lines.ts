import { normaliseExtractedText } from "./normalise";

// Rebuilds text lines from the positioned text items of one PDF page (pdf.js getTextContent).
// Pure: the items are plain objects, so the layout rules are tested without any PDF.

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** Writing direction pdf.js found for the item; its `str` is already in logical order. */
  dir: "ltr" | "rtl" | "ttb";
}

export interface PdfLine {
  text: string;
  /** Leftmost and rightmost extent of the line's items. */
  left: number;
  right: number;
  /** Baseline of the line's main text. */
  y: number;
  /** Dominant font size (by characters). */
  fontSize: number;
  rtl: boolean;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF]/u;
// pdf.js may put a space before a diacritic it could not place (" ّ").
const MARKS_ONLY = /^\s*\p{M}+\s*$/u;
const MIRRORED: Readonly<Record<string, string>> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«", "<": ">", ">": "<", "‹": "›", "›": "‹" };
/** A gap wider than this share of the font size between two items is a space. */
const SPACE_GAP = 0.25;
/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.5;
/** Superscripts (footnote references) are this much smaller than the line's text. */
const SUPERSCRIPT_SIZE = 0.8;

interface Piece {
  str: string;
  x: number;
  end: number;
  y: number;
  fontSize: number;
}

function dominantFontSize(pieces: readonly Piece[]): number {
  const weights = new Map<number, number>();
  for (const piece of pieces) {
    const size = Math.round(piece.fontSize * 10) / 10;
    weights.set(size, (weights.get(size) ?? 0) + piece.str.trim().length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) [best, bestWeight] = [size, weight];
  }
  return best;
}

/** Diacritics drawn as separate items go to the item they sit on. */
function attachMarks(pieces: Piece[]): Piece[] {
  const bases = pieces.filter((piece) => !MARKS_ONLY.test(piece.str));
  for (const mark of pieces) {
    if (!MARKS_ONLY.test(mark.str)) continue;
    let best: Piece | undefined;
    let distance = Infinity;
    for (const base of bases) {
      const d = mark.x < base.x ? base.x - mark.x : mark.x > base.end ? mark.x - base.end : 0;
      if (d < distance) [best, distance] = [base, d];
    }
    if (best) best.str += mark.str.trim();
  }
  return bases;
}

function joinPieces(ordered: readonly Piece[], rtl: boolean): string {
  let text = "";
  ordered.forEach((piece, index) => {
    const previous = ordered[index - 1];
    if (previous) {
      const gap = rtl ? previous.x - piece.end : piece.x - previous.end;
      if (gap > SPACE_GAP * Math.max(piece.fontSize, previous.fontSize) && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += " ";
    }
    text += piece.str;
  });
  return text;
}

type Strength = "L" | "R" | "N";

function strength(text: string): Strength {
  if (RTL_LETTER.test(text)) return "R";
  if (LTR_LETTER.test(text) || /\d/.test(text)) return "L";
  return "N";
}

/**
 * Right-to-left line: pieces from right to left give the logical order, except runs of
 * left-to-right text (Latin words, numbers), which read left to right inside the line. Brackets
 * in right-to-left text are drawn mirrored, so they are mirrored back.
 */
function orderRightToLeft(pieces: readonly Piece[]): Piece[] {
  // A ligature's second letter may be drawn with no width at the ligature's left edge ("لأ"): when
  // two pieces start at the same place, the wider one comes first.
  const visual = [...pieces].sort((a, b) => b.x - a.x || b.end - a.end);
  const out: Piece[] = [];
  for (let i = 0; i < visual.length; ) {
    const piece = visual[i] as Piece;
    if (strength(piece.str) !== "L") {
      out.push({ ...piece, str: [...piece.str].map((char) => MIRRORED[char] ?? char).join("") });
      i++;
      continue;
    }
    // Extend the left-to-right run over neutrals that lie between two left-to-right pieces.
    let j = i + 1;
    let last = i;
    while (j < visual.length && strength((visual[j] as Piece).str) !== "R") {
      if (strength((visual[j] as Piece).str) === "L") last = j;
      j++;
    }
    out.push(...visual.slice(i, last + 1).reverse());
    i = last + 1;
  }
  return out;
}

/** Lines of one page, top to bottom. Superscript digits (note references) are left out. */
export function buildLines(items: readonly PdfTextItem[]): PdfLine[] {
  const pieces: Piece[] = items
    // pdf.js reports some jumps in glyph positions (around ligatures) as spaces of no width.
    .filter((item) => item.str !== "" && item.dir !== "ttb" && !(item.str.trim() === "" && item.width < 0.05 * item.fontSize))
    .map((item) => ({ str: item.str, x: item.x, end: item.x + item.width, y: item.y, fontSize: item.fontSize }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const group = groups.findLast((candidate) => {
      const anchor = candidate[0] as Piece;
      return Math.abs(anchor.y - piece.y) <= SAME_LINE * Math.max(anchor.fontSize, piece.fontSize, 1);
    });
    if (group) group.push(piece);
    else groups.push([piece]);
  }
  const count = (text: string, letters: RegExp): number => text.match(new RegExp(letters.source, "gu"))?.length ?? 0;
  // Mostly right-to-left pages read every line holding right-to-left letters from the right,
  // however many Latin words it quotes.
  const pageText = pieces.map((piece) => piece.str).join("");
  const rtlPage = count(pageText, RTL_LETTER) > count(pageText, LTR_LETTER);
  const lines: PdfLine[] = [];
  for (const group of groups) {
    const fontSize = dominantFontSize(group);
    const baseline = group.filter((piece) => Math.abs(piece.fontSize - fontSize) < 0.2).map((piece) => piece.y)[0] ?? (group[0] as Piece).y;
    const kept = attachMarks(
      group.filter((piece) => !(piece.fontSize < SUPERSCRIPT_SIZE * fontSize && piece.y > baseline + 0.2 * fontSize && /^\s*[\d*†‡]+\s*$/.test(piece.str))),
    );
    if (kept.every((piece) => piece.str.trim() === "")) continue;
    const lineText = kept.map((piece) => piece.str).join("");
    const rtlLetters = count(lineText, RTL_LETTER);
    const rtl = rtlLetters > 0 && (rtlPage || rtlLetters >= count(lineText, LTR_LETTER));
    const ordered = rtl ? orderRightToLeft(kept) : [...kept].sort((a, b) => a.x - b.x);
    const text = normaliseExtractedText(joinPieces(ordered, rtl).replace(/\s+/g, " "));
    if (text === "") continue;
    lines.push({
      text,
      left: Math.min(...kept.map((piece) => piece.x)),
      right: Math.max(...kept.map((piece) => piece.end)),
      y: baseline,
      fontSize,
      rtl,
    });
  }
  return lines.sort((a, b) => b.y - a.y);
}
