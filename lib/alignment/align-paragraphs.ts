// Pairs the paragraphs of two versions of one article, so that a reordered paragraph shows as
// moved (and its edits as a diff) rather than as one deletion and one insertion.

import { assignGreedy, type ScoreMatrix } from "./assign";
import { cosineMatrix, tfIdfVectors, Vocabulary } from "./features";
import { insertRemoved, keepsOrder, type Placed } from "./order";
import { canonicalText } from "./same-text";
import type { AlignableParagraph, ParagraphPair } from "./types";

/**
 * Least cosine for two paragraphs to count as one. Below it a rewritten paragraph reads as a
 * replacement, which is also how analysts describe it.
 */
export const PARAGRAPH_MATCH_THRESHOLD = 0.25;
/**
 * Paragraphs usually keep their number: when two candidates are nearly as alike, the one with
 * the same label goes first. Too small to outweigh a real match, so moves are still seen.
 */
const SAME_LABEL_PRIOR = 0.05;

function similarityMatrix(vocabulary: Vocabulary, from: readonly AlignableParagraph[], to: readonly AlignableParagraph[]): ScoreMatrix {
  // Only added or only removed paragraphs left (the common case): nothing to read.
  if (from.length === 0 || to.length === 0) return { rows: from.length, columns: to.length, values: new Float64Array(0) };
  const features = [...from, ...to].map((paragraph) => vocabulary.features(paragraph.text));
  const vectors = tfIdfVectors(features, vocabulary);
  const values = cosineMatrix(vectors.slice(0, from.length), vectors.slice(from.length), vocabulary);
  return { rows: from.length, columns: to.length, values };
}

/** Lays out paired and unpaired paragraphs in new order, with the moved flag from relative order. */
function paragraphPairs(
  from: readonly AlignableParagraph[],
  to: readonly AlignableParagraph[],
  columnToRow: ArrayLike<number>,
  score: (row: number, column: number) => number,
  identical: (row: number, column: number) => boolean,
): ParagraphPair[] {
  const links = to.flatMap((_, column) => {
    const row = columnToRow[column] ?? -1;
    return row >= 0 ? [{ from: row, weight: score(row, column) }] : [];
  });
  const kept = keepsOrder(links);
  let link = 0;
  const paired = new Set<number>();
  const placed: Placed<ParagraphPair>[] = to.map((paragraph, column) => {
    const row = columnToRow[column] ?? -1;
    const original = from[row];
    if (!original) return { item: { from: null, to: paragraph.id, score: 0, kind: "added", moved: false }, from: [], moved: false };
    paired.add(row);
    const moved = !kept[link++];
    const kind = identical(row, column) ? "unchanged" : "changed";
    return { item: { from: original.id, to: paragraph.id, score: score(row, column), kind, moved }, from: [row], moved };
  });
  const removed = from.flatMap((paragraph, row) =>
    paired.has(row) ? [] : [{ item: { from: paragraph.id, to: null, score: 0, kind: "removed" as const, moved: false }, from: row }],
  );
  return insertRemoved(placed, removed);
}

export function alignParagraphs(from: AlignableParagraph[], to: AlignableParagraph[]): ParagraphPair[] {
  return alignParagraphsWith(new Vocabulary(), from, to);
}

/**
 * Paragraphs with identical text pair first, nearest first; only the others are compared, which
 * spares tokenising the untouched bulk of an article.
 */
function pairIdentical(fromTexts: readonly string[], toTexts: readonly string[]): Int32Array {
  const columnToRow = new Int32Array(toTexts.length).fill(-1);
  const rowsByText = new Map<string, number[]>();
  fromTexts.forEach((text, row) => rowsByText.set(text, [...(rowsByText.get(text) ?? []), row]));
  toTexts.forEach((text, column) => {
    const rows = rowsByText.get(text);
    if (!rows || rows.length === 0) return;
    const nearest = rows.reduce((best, row) => (Math.abs(row - column) < Math.abs(best - column) ? row : best));
    rows.splice(rows.indexOf(nearest), 1);
    columnToRow[column] = nearest;
  });
  return columnToRow;
}

/** `vocabulary` may already know the lines (from the articles), which saves tokenising them again. */
export function alignParagraphsWith(
  vocabulary: Vocabulary,
  from: readonly AlignableParagraph[],
  to: readonly AlignableParagraph[],
): ParagraphPair[] {
  // Paragraphs that all kept their text and place (every unchanged article) pair in place, as
  // the general path below would pair them, without reading them.
  if (from.length === to.length && from.every((paragraph, row) => paragraph.text === to[row]!.text)) {
    return to.map((paragraph, row) => ({ from: from[row]!.id, to: paragraph.id, score: 1, kind: "unchanged", moved: false }));
  }
  const fromTexts = from.map((paragraph) => canonicalText(paragraph.text));
  const toTexts = to.map((paragraph) => canonicalText(paragraph.text));
  const columnToRow = pairIdentical(fromTexts, toTexts);
  const pairedRows = new Set(columnToRow);
  const rows = from.flatMap((_, row) => (pairedRows.has(row) ? [] : [row]));
  const columns = to.flatMap((_, column) => (columnToRow[column] === -1 ? [column] : []));
  const rest = { from: rows.map((row) => from[row]!), to: columns.map((column) => to[column]!) };
  const matrix = similarityMatrix(vocabulary, rest.from, rest.to);
  const score = (row: number, column: number) => matrix.values[row * rest.to.length + column] ?? 0;
  const sameLabel = (row: number, column: number) => rest.from[row]?.label != null && rest.from[row]?.label === rest.to[column]?.label;
  const ranked = {
    ...matrix,
    values: matrix.values.map((value, cell) => value + (sameLabel(Math.floor(cell / rest.to.length), cell % rest.to.length) ? SAME_LABEL_PRIOR : 0)),
  };
  const eligible = (row: number, column: number) => score(row, column) >= PARAGRAPH_MATCH_THRESHOLD;
  // Equal scores (identical boilerplate) go to the nearest paragraph.
  const nearest = (row: number, column: number) => Math.abs(rows[row]! / Math.max(1, from.length) - columns[column]! / Math.max(1, to.length));
  const similar = assignGreedy(ranked, PARAGRAPH_MATCH_THRESHOLD, eligible, nearest);
  similar.columnToRow.forEach((row, column) => {
    if (row >= 0) columnToRow[columns[column]!] = rows[row]!;
  });
  const similarScore = new Map<number, number>();
  similar.columnToRow.forEach((row, column) => row >= 0 && similarScore.set(columns[column]!, score(row, column)));
  const identical = (row: number, column: number) => fromTexts[row] === toTexts[column];
  return paragraphPairs(from, to, columnToRow, (_, column) => similarScore.get(column) ?? 1, identical);
}
