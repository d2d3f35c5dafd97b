import { matchStructuralHeading } from "../draft-text/headings";
import { matchParagraphMarker, matchSubparagraphMarker } from "../draft-text/numbering";
import { isPageFurniture } from "../draft-text/page-furniture";
import type { PdfLine } from "./pdf-lines";

// Running headers and footers: lines near the top or bottom of a page that recur on many pages
// at about the same height, once digits are ignored ("A/AC.291/22", "3/40", "V.23-12345 (E)").

/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 3;
/** Share of pages a line must recur on (odd and even pages may carry different headers). */
const MIN_SHARE = 0.4;
const Y_TOLERANCE = 3;
const MAX_LENGTH = 80;

/**
 * Headings, their titles and numbered lines may open many pages at the same height, and running
 * headers do not end in punctuation: such lines are never taken for furniture by repetition.
 */
function mayRecur(line: PdfLine, previous: PdfLine | undefined): boolean {
  return (
    line.text.length <= MAX_LENGTH &&
    !/[.;:,]$/.test(line.text) &&
    matchStructuralHeading(line.text) === null &&
    (previous === undefined || matchStructuralHeading(previous.text) === null) &&
    matchParagraphMarker(line.text) === null &&
    matchSubparagraphMarker(line.text) === null
  );
}

function furnitureKey(line: PdfLine): string {
  return line.text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

function edgeIndexes(lines: readonly PdfLine[]): number[] {
  const count = Math.min(EDGE_LINES, lines.length);
  const top = Array.from({ length: count }, (_, index) => index);
  const bottom = Array.from({ length: count }, (_, index) => lines.length - 1 - index);
  return [...new Set([...top, ...bottom])];
}

/**
 * For each page, the indexes of its lines that are page furniture: running headers and footers
 * repeated across pages, and page numbers, document symbols, job numbers and barcodes at the top
 * or bottom of a page.
 */
export function findPageFurniture(pages: readonly (readonly PdfLine[])[]): Set<number>[] {
  const occurrences = new Map<string, { page: number; y: number }[]>();
  pages.forEach((lines, page) => {
    for (const index of edgeIndexes(lines)) {
      const line = lines[index] as PdfLine;
      const key = furnitureKey(line);
      const list = occurrences.get(key) ?? [];
      list.push({ page, y: line.y });
      occurrences.set(key, list);
    }
  });
  const minPages = Math.max(2, Math.ceil(MIN_SHARE * pages.length));
  const recurring = (line: PdfLine, previous: PdfLine | undefined): boolean => {
    if (!mayRecur(line, previous)) return false;
    const list = occurrences.get(furnitureKey(line)) ?? [];
    const pagesAtSameHeight = new Set(list.filter((other) => Math.abs(other.y - line.y) <= Y_TOLERANCE).map((other) => other.page));
    return pagesAtSameHeight.size >= minPages;
  };
  return pages.map((lines) => {
    const furniture = new Set<number>();
    const spacings = lines.slice(1).map((line, index) => (lines[index] as PdfLine).y - line.y).filter((gap) => gap > 0);
    const lineSpacing = [...spacings].sort((a, b) => a - b)[Math.floor(spacings.length / 2)] ?? 0;
    // Work inwards from each end: furniture sits at the edges, above or below the text.
    const scan = (indexes: number[]): void => {
      const found: { index: number; byPattern: boolean }[] = [];
      for (const index of indexes) {
        const line = lines[index] as PdfLine;
        const byPattern = isPageFurniture(line.text) || /^\*\d{6,}\*$/.test(line.text.replace(/\s/g, ""));
        if (!byPattern && !recurring(line, lines[index - 1])) break;
        found.push({ index, byPattern });
      }
      // A line found only by repetition must stand apart from the text it borders: one set in
      // the text's own line spacing is text that happens to recur (a title at the top of pages).
      for (;;) {
        const last = found[found.length - 1];
        if (!last || last.byPattern) break;
        const inward = lines[last.index + (indexes[0] === 0 ? 1 : -1)];
        if (!inward || Math.abs((lines[last.index] as PdfLine).y - inward.y) > 1.5 * lineSpacing) break;
        found.pop();
      }
      found.forEach(({ index }) => furniture.add(index));
    };
    const count = Math.min(EDGE_LINES, lines.length);
    scan(Array.from({ length: count }, (_, index) => index));
    scan(Array.from({ length: count }, (_, index) => lines.length - 1 - index));
    return furniture;
  });
}
