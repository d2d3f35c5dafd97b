import { matchStructuralHeading } from "./headings";
import { matchParagraphMarker, matchSubparagraphMarker } from "./numbering";
import { findRunningHeaders, isPageFurniture, isRunningHeader } from "./page-furniture";
import { cleanInline, isMarkupOnlyLine } from "./text-cleanup";

export interface LineToken {
  type: "line";
  /** Trimmed line with inline Markdown cleaned up. */
  text: string;
  /** The input line as read, for error reports. */
  raw: string;
  /** 1-based input line number. */
  line: number;
  markdownHeading: boolean;
}

/**
 * A "pageBreak" separates two lines between which page furniture was dropped: unlike a blank line
 * it may fall in the middle of a paragraph, so the parser decides whether the text continues.
 */
export type Token = LineToken | { type: "blank" } | { type: "pageBreak" };

/** Turns normalised input lines into text lines and separators, dropping markup and page furniture. */
export function tokenize(lines: readonly string[], language?: string): Token[] {
  const cleaned = lines.map(cleanInline);
  const isStructural = cleaned.map((text) => matchStructuralHeading(text, language) !== null);
  const previousNonBlank: number[] = [];
  let last = -1;
  cleaned.forEach((text, index) => {
    previousNonBlank.push(last);
    if (text !== "") last = index;
  });
  // Lines that may legitimately repeat: headings, numbered items, and the title line under a
  // heading ("Reservations" can head several articles).
  const isProtected = (index: number): boolean => {
    const text = cleaned[index] ?? "";
    const previous = previousNonBlank[index] ?? -1;
    return (
      isStructural[index] === true ||
      matchParagraphMarker(text) !== null ||
      matchSubparagraphMarker(text) !== null ||
      (previous >= 0 && isStructural[previous] === true)
    );
  };
  const runningHeaders = findRunningHeaders(cleaned, isProtected);

  const tokens: Token[] = [];
  let separator: "none" | "blank" | "pageBreak" = "none";
  lines.forEach((raw, index) => {
    const text = cleaned[index] ?? "";
    if (text === "" || isMarkupOnlyLine(text)) {
      if (separator === "none") separator = "blank";
      return;
    }
    if (isPageFurniture(text) || isRunningHeader(text, runningHeaders)) {
      separator = "pageBreak";
      return;
    }
    if (separator !== "none") tokens.push({ type: separator });
    separator = "none";
    tokens.push({ type: "line", text, raw, line: index + 1, markdownHeading: text.startsWith("#") });
  });
  return tokens;
}
