// Splits and merges: one article whose text now lives in two or more articles of the other draft
// (or the reverse). Cosine cannot see them, since each half is only half alike the whole;
// containment can: nearly all of each half is found in the whole, and together the halves cover
// far more of the whole than any one of them does.

import type { Assignment } from "./assign";
import type { ArticleSimilarity } from "./article-similarity";

/** A pair at least this alike is settled: never broken up to form a split or a merge. */
export const STRONG_MATCH = 0.6;
/** Least share of a part's bigrams found in the whole. */
export const PART_CONTAINED = 0.5;
/** Least share of the whole's bigrams found in its parts together. */
export const WHOLE_COVERED = 0.6;
/** How much more of the whole the parts together must cover than the best single one. */
export const COVER_GAIN = 0.15;
/**
 * A part this much inside the whole was copied out of it (or into it), even when it adds little
 * coverage: a short article merged into a long one, or halves that repeat each other's wording.
 * Articles that merely share a template ("Each State Party shall adopt such legislative and other
 * measures…") stay well below it.
 */
export const PART_COPIED = 0.8;
/**
 * Least share of the whole that a part alone accounts for, none of the other parts holding it.
 * Articles written from one template (Budapest's articles 20 and 21) are mostly inside each
 * other: without this, one dropped next to a kept twin would pass for merged into it.
 */
export const PART_GAIN = 0.03;

export interface Group {
  rows: number[];
  columns: number[];
}

/** One side read as wholes, the other as parts: splits are from-wholes, merges to-wholes. */
interface Orientation {
  wholes: number;
  parts: number;
  wholePartner: Int32Array;
  partPartner: Int32Array;
  free(whole: number, part: number): boolean;
  score(whole: number, part: number): number;
  partIn(part: number, wholes: readonly number[]): number;
  wholeIn(whole: number, parts: readonly number[]): number;
}

function unpair(orientation: Orientation, whole: number): void {
  const part = orientation.wholePartner[whole] ?? -1;
  if (part >= 0) orientation.partPartner[part] = -1;
  orientation.wholePartner[whole] = -1;
}

function unpairPart(orientation: Orientation, part: number): void {
  const whole = orientation.partPartner[part] ?? -1;
  if (whole >= 0) orientation.wholePartner[whole] = -1;
  orientation.partPartner[part] = -1;
}

/** Whether a part may leave its current one-to-one pair to join `whole`. */
function canJoin(orientation: Orientation, part: number, whole: number, share: number): boolean {
  const partner = orientation.partPartner[part] ?? -1;
  if (partner === -1 || partner === whole) return true;
  return orientation.score(partner, part) < STRONG_MATCH && share > orientation.partIn(part, [partner]);
}

/** The whole that contains most of the part: a part belongs to one whole only. */
function isHome(orientation: Orientation, part: number, whole: number, share: number): boolean {
  for (let other = 0; other < orientation.wholes; other++) {
    if (other !== whole && orientation.free(other, part) && orientation.partIn(part, [other]) > share) return false;
  }
  return true;
}

/** The parts without those that add nothing to the whole, the least useful dropped first. */
function withoutIdleParts(orientation: Orientation, whole: number, parts: readonly number[]): number[] {
  let kept = [...parts];
  while (kept.length >= 2) {
    const together = orientation.wholeIn(whole, kept);
    const gains = kept.map((part) => together - orientation.wholeIn(whole, kept.filter((other) => other !== part)));
    const least = gains.indexOf(Math.min(...gains));
    if (gains[least]! >= PART_GAIN) break;
    kept = kept.filter((_, index) => index !== least);
  }
  return kept;
}

function findGroups(orientation: Orientation, grouped: { wholes: Set<number>; parts: Set<number> }): [number, number[]][] {
  const found: [number, number[]][] = [];
  // Parts settled in a strong pair elsewhere are out of reach; the rest are worth a look.
  const open = Array.from({ length: orientation.parts }, (_, part) => part).filter((part) => {
    const partner = orientation.partPartner[part] ?? -1;
    return partner === -1 || orientation.score(partner, part) < STRONG_MATCH;
  });
  for (let whole = 0; whole < orientation.wholes; whole++) {
    if (grouped.wholes.has(whole)) continue;
    const partner = orientation.wholePartner[whole] ?? -1;
    const reachable = partner >= 0 && !open.includes(partner) ? [...open, partner] : open;
    const candidates = reachable.filter((part) => {
      if (grouped.parts.has(part) || !orientation.free(whole, part)) return false;
      const share = orientation.partIn(part, [whole]);
      return share >= PART_CONTAINED && canJoin(orientation, part, whole, share) && isHome(orientation, part, whole, share);
    });
    const parts = withoutIdleParts(orientation, whole, candidates);
    if (parts.length < 2) continue;
    // A whole firmly paired with an article that is not one of the parts is not split.
    if (partner >= 0 && !parts.includes(partner) && orientation.score(whole, partner) >= STRONG_MATCH) continue;
    const together = orientation.wholeIn(whole, parts);
    const alone = Math.max(...parts.map((part) => orientation.wholeIn(whole, [part])));
    const copied = parts.every((part) => part === partner || orientation.partIn(part, [whole]) >= PART_COPIED);
    if (together < WHOLE_COVERED || (together - alone < COVER_GAIN && !copied)) continue;
    parts.sort((a, b) => a - b);
    unpair(orientation, whole);
    parts.forEach((part) => unpairPart(orientation, part));
    grouped.wholes.add(whole);
    parts.forEach((part) => grouped.parts.add(part));
    found.push([whole, parts]);
  }
  return found;
}

/**
 * Finds splits, then merges, among articles the one-to-one assignment left unpaired or weakly
 * paired, and removes their members from `assignment`. `free` tells which cells may be used.
 */
export function findSplitsAndMerges(
  similarity: ArticleSimilarity,
  assignment: Assignment,
  free: (row: number, column: number) => boolean,
): Group[] {
  const { rows, columns, values } = similarity.combined;
  const score = (row: number, column: number) => values[row * columns + column] ?? 0;
  const fromGrouped = new Set<number>();
  const toGrouped = new Set<number>();
  const splits = findGroups(
    {
      wholes: rows,
      parts: columns,
      wholePartner: assignment.rowToColumn,
      partPartner: assignment.columnToRow,
      free,
      score,
      partIn: similarity.toCoveredBy,
      wholeIn: similarity.fromCoveredBy,
    },
    { wholes: fromGrouped, parts: toGrouped },
  );
  const merges = findGroups(
    {
      wholes: columns,
      parts: rows,
      wholePartner: assignment.columnToRow,
      partPartner: assignment.rowToColumn,
      free: (whole, part) => free(part, whole),
      score: (whole, part) => score(part, whole),
      partIn: similarity.fromCoveredBy,
      wholeIn: similarity.toCoveredBy,
    },
    { wholes: toGrouped, parts: fromGrouped },
  );
  return [
    ...splits.map(([row, parts]) => ({ rows: [row], columns: parts })),
    ...merges.map(([column, parts]) => ({ rows: parts, columns: [column] })),
  ];
}
