// Pairs articles of drafts in different languages (an English draft and its Arabic translation),
// where words cannot be compared. A translation keeps the structure, so an article pairs with the
// article of the same number whose paragraphs have the same shape; anything else stays unpaired
// (added / removed) rather than being paired on the number alone. Such a pair is "unchanged"
// in the sense a translation can be: same place, same shape; its wording cannot be compared.

import type { MatchedGroup } from "./match-by-text";
import type { AlignableArticle, AlignableParagraph, ParagraphPair } from "./types";

function lineCount(text: string): number {
  return text.split("\n").filter((line) => line.trim() !== "").length;
}

/**
 * Whether the article has a chapeau, then which of its paragraphs are numbered: what a faithful
 * translation keeps. Lines inside a paragraph are left out: translations break items differently
 * (the Dutch Budapest text turns one English sentence into three dash items).
 */
export function articleShape(article: AlignableArticle): string {
  const paragraphLines = article.paragraphs.reduce((sum, paragraph) => sum + lineCount(paragraph.text), 0);
  const chapeau = lineCount(article.text) > paragraphLines;
  return [chapeau ? "chapeau" : "", ...article.paragraphs.map((p) => (p.label === null ? "-" : "#"))].join("|");
}

export function matchByStructure(
  from: readonly AlignableArticle[],
  to: readonly AlignableArticle[],
  freeRows: ReadonlySet<number>,
  freeColumns: ReadonlySet<number>,
): MatchedGroup[] {
  const open = new Map<string, number[]>();
  to.forEach((article, column) => {
    if (!freeColumns.has(column) || article.number === null) return;
    const key = `${article.number}\u0000${articleShape(article)}`;
    open.set(key, [...(open.get(key) ?? []), column]);
  });
  return from.flatMap((article, row) => {
    if (!freeRows.has(row) || article.number === null) return [];
    const column = open.get(`${article.number}\u0000${articleShape(article)}`)?.shift();
    return column === undefined ? [] : [{ rows: [row], columns: [column], score: 1, reasons: ["same-number" as const] }];
  });
}

/**
 * Paragraphs of a translation pair correspond by position (the shape matched, or an editor
 * confirmed the pair); surplus paragraphs on either side are added / removed.
 */
export function paragraphsByPosition(from: readonly AlignableParagraph[], to: readonly AlignableParagraph[]): ParagraphPair[] {
  const paired = to.map((paragraph, index): ParagraphPair => {
    const original = from[index];
    return original
      ? { from: original.id, to: paragraph.id, score: 1, kind: "unchanged", moved: false }
      : { from: null, to: paragraph.id, score: 0, kind: "added", moved: false };
  });
  const removed = from.slice(to.length).map((paragraph): ParagraphPair => ({ from: paragraph.id, to: null, score: 0, kind: "removed", moved: false }));
  return [...paired, ...removed];
}
