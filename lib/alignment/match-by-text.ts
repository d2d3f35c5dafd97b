// Pairs articles by what they say: one-to-one best first, then splits and merges among what is
// left or weakly paired, then one more one-to-one pass over articles the groups let go.

import { assignGreedy, type Assignment } from "./assign";
import type { ArticleSimilarity } from "./article-similarity";
import { findSplitsAndMerges } from "./groups";
import type { AlignableArticle, PairReason } from "./types";

/** Least combined score for a one-to-one pair; below it the articles are added and removed. */
export const MATCH_THRESHOLD = 0.3;
/** Heading overlap that counts as a "similar-heading" reason. */
export const SIMILAR_HEADING = 0.5;
/** Text cosine that counts as a "similar-text" reason. */
export const SIMILAR_TEXT = 0.3;

export interface MatchedGroup {
  rows: number[];
  columns: number[];
  score: number;
  reasons: PairReason[];
}

function pairReasons(similarity: ArticleSimilarity, row: number, column: number): PairReason[] {
  const reasons: PairReason[] = [];
  const heading = similarity.heading(row, column);
  if (similarity.sameHeading(row, column)) reasons.push("same-heading");
  else if (heading !== null && heading >= SIMILAR_HEADING) reasons.push("similar-heading");
  const text = similarity.text.values[row * similarity.text.columns + column] ?? 0;
  if (text >= SIMILAR_TEXT || reasons.length === 0) reasons.push("similar-text");
  return reasons;
}

function oneToOne(similarity: ArticleSimilarity, assignment: Assignment): MatchedGroup[] {
  const { columns, values } = similarity.combined;
  return Array.from(assignment.rowToColumn).flatMap((column, row) =>
    column < 0
      ? []
      : [{ rows: [row], columns: [column], score: values[row * columns + column] ?? 0, reasons: pairReasons(similarity, row, column) }],
  );
}

/**
 * `freeRows`/`freeColumns` exclude articles already settled (confirmed by an editor). Numbers
 * only break ties between equally good candidates, then closeness in the draft does.
 */
export function matchByText(
  from: readonly AlignableArticle[],
  to: readonly AlignableArticle[],
  similarity: ArticleSimilarity,
  freeRows: ReadonlySet<number>,
  freeColumns: ReadonlySet<number>,
): MatchedGroup[] {
  const tieBreak = (row: number, column: number) => {
    const number = from[row]?.number;
    const sameNumber = number != null && number === to[column]?.number;
    return (sameNumber ? 0 : 2) + Math.abs(row / Math.max(1, from.length) - column / Math.max(1, to.length));
  };
  const free = (row: number, column: number) => freeRows.has(row) && freeColumns.has(column);
  const assignment = assignGreedy(similarity.combined, MATCH_THRESHOLD, free, tieBreak);
  const groups = findSplitsAndMerges(similarity, assignment, free);
  const groupedRows = new Set(groups.flatMap((group) => group.rows));
  const groupedColumns = new Set(groups.flatMap((group) => group.columns));
  const leftover = (row: number, column: number) =>
    free(row, column) &&
    !groupedRows.has(row) &&
    !groupedColumns.has(column) &&
    assignment.rowToColumn[row] === -1 &&
    assignment.columnToRow[column] === -1;
  const second = assignGreedy(similarity.combined, MATCH_THRESHOLD, leftover, tieBreak);
  return [
    ...oneToOne(similarity, assignment),
    ...oneToOne(similarity, second),
    ...groups.map((group) => ({ ...group, score: similarity.groupText(group.rows, group.columns), reasons: ["similar-text" as const] })),
  ];
}
