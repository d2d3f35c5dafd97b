import { heaviestChain, type WeightedPair } from "./heaviest-chain";
import { normalisedTokens, type Segment } from "./segments";
import { TokenBag, tokenSimilarity } from "./token-similarity";
import type { Side } from "./token-runs";

/** A side cut into the segments that can move (see segmentsOf). */
export interface SegmentedSide extends Side {
  segments: readonly Segment[];
}

/** Shorter runs ("of the State") recur by chance; four words is where a match means a move. */
export const MIN_MOVE_WORDS = 4;
/** A moved sentence often comes back with a word changed; below this it reads as rewritten. */
const MIN_MOVE_SIMILARITY = 0.9;
// Comparing every changed segment of one text with every changed segment of the other is
// quadratic: past this many pairs (wholly rewritten documents) only equal segments are paired.
const MAX_NEAR_PAIRS = 250_000;
// A segment text repeated this often on both sides ("(a)") is boilerplate, not a move candidate.
const MAX_REPEATS = 1_000;

/** Token ranges of text that moved, numbered from 1 in the order of `before`. */
export interface Move {
  id: number;
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

interface Candidate extends WeightedPair {
  similarity: number;
  words: number;
}

/**
 * Finds sentences, list items and paragraphs that changed place. Both texts are cut into
 * segments; the heaviest in-order matching of equal or nearly equal segments is the text that
 * stayed, and segments that match only out of that order moved. Found before the word diff,
 * because a word diff breaks a move into scraps: two swapped sentences sharing "The … shall"
 * come out as a handful of one-word replacements.
 */
export function findMoves(before: SegmentedSide, after: SegmentedSide): Move[] {
  // Added or dropped text: nothing can have moved.
  if (before.tokens.length === 0 || after.tokens.length === 0) return [];
  const beforeSegments = before.segments;
  const afterSegments = after.segments;
  const candidates = candidatePairs(before, after, beforeSegments, afterSegments);
  const stayed = heaviestChain(candidates);
  const stayedBefore = new Set(stayed.map((pair) => pair.before));
  const stayedAfter = new Set(stayed.map((pair) => pair.after));
  const free = (pair: Candidate) => !stayedBefore.has(pair.before) && !stayedAfter.has(pair.after);
  const seeds = pickOneToOne(candidates.filter((pair) => free(pair) && pair.words >= MIN_MOVE_WORDS));

  const taken = { before: new Set(stayedBefore), after: new Set(stayedAfter) };
  for (const seed of seeds) {
    taken.before.add(seed.before);
    taken.after.add(seed.after);
  }
  return groupSeeds(seeds)
    .map((group) => widen(group, beforeSegments, afterSegments, taken))
    .sort((a, b) => a.beforeStart - b.beforeStart)
    .map((move, index) => ({ ...move, id: index + 1 }));
}

function candidatePairs(before: Side, after: Side, beforeSegments: readonly Segment[], afterSegments: readonly Segment[]): Candidate[] {
  const afterByKey = byKey(afterSegments);
  const beforeByKey = byKey(beforeSegments);
  const candidates: Candidate[] = [];
  const unmatchedBefore: Segment[] = [];
  for (const segment of beforeSegments) {
    const equals = afterByKey.get(segment.key) ?? [];
    if (equals.length === 0) unmatchedBefore.push(segment);
    if (equals.length * (beforeByKey.get(segment.key)?.length ?? 0) > MAX_REPEATS) continue;
    for (const other of equals) candidates.push(candidate(segment, other, 1));
  }
  const unmatchedAfter = afterSegments.filter((segment) => !beforeByKey.has(segment.key) && segment.words >= MIN_MOVE_WORDS);
  const changedBefore = unmatchedBefore.filter((segment) => segment.words >= MIN_MOVE_WORDS);
  if (changedBefore.length * unmatchedAfter.length > MAX_NEAR_PAIRS) return candidates;
  // By length, so each segment is compared only with those of a length that can come close.
  unmatchedAfter.sort((a, b) => a.size - b.size);
  // Normalised when first compared: most segments have none of a length that could come close.
  const afterTokens: (string[] | undefined)[] = [];
  for (const segment of changedBefore) {
    const length = segment.size;
    let tokens: string[] | undefined;
    let bag: TokenBag | undefined;
    for (let at = firstAtLeast(unmatchedAfter, lengthFloor(length)); at < unmatchedAfter.length; at++) {
      const other = unmatchedAfter[at];
      if (!other || !lengthsAllow(length, other.size)) break;
      tokens ??= normalisedTokens(before, segment);
      bag ??= new TokenBag(tokens);
      const otherTokens = (afterTokens[at] ??= normalisedTokens(after, other));
      if (bag.maxSimilarity(otherTokens) < MIN_MOVE_SIMILARITY) continue;
      const similarity = tokenSimilarity(tokens, otherTokens);
      if (similarity >= MIN_MOVE_SIMILARITY) candidates.push(candidate(segment, other, similarity));
    }
  }
  return candidates;
}

/** Similarity can reach the threshold only if `longer` is not much longer than `length`. */
function lengthsAllow(length: number, longer: number): boolean {
  return 2 * Math.min(length, longer) >= MIN_MOVE_SIMILARITY * (length + longer);
}

/** The shortest length that can still reach the threshold against `length`. */
function lengthFloor(length: number): number {
  return Math.ceil((MIN_MOVE_SIMILARITY * length) / (2 - MIN_MOVE_SIMILARITY));
}

function firstAtLeast(sorted: Segment[], length: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.size ?? Infinity) < length) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byKey(segments: readonly Segment[]): Map<string, Segment[]> {
  const groups = new Map<string, Segment[]>();
  for (const segment of segments) {
    const group = groups.get(segment.key);
    if (group) group.push(segment);
    else groups.set(segment.key, [segment]);
  }
  return groups;
}

function candidate(segment: Segment, other: Segment, similarity: number): Candidate {
  const words = Math.min(segment.words, other.words);
  // Equal segments without words (a lone "—") still weigh something, so they anchor too.
  return { before: segment.index, after: other.index, similarity, words, weight: similarity * (words + 1) };
}

/** Best matches first, longer first among equals, then reading order so the result is stable. */
function pickOneToOne(pairs: Candidate[]): Candidate[] {
  const sorted = [...pairs].sort(
    (a, b) => b.similarity - a.similarity || b.words - a.words || a.before - b.before || a.after - b.after,
  );
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  return sorted.filter((pair) => {
    if (usedBefore.has(pair.before) || usedAfter.has(pair.after)) return false;
    usedBefore.add(pair.before);
    usedAfter.add(pair.after);
    return true;
  });
}

interface SegmentRange {
  beforeFirst: number;
  beforeLast: number;
  afterFirst: number;
  afterLast: number;
}

/** A moved paragraph is several segments: seeds that follow each other on both sides are one move. */
function groupSeeds(seeds: Candidate[]): SegmentRange[] {
  const groups: SegmentRange[] = [];
  for (const seed of [...seeds].sort((a, b) => a.before - b.before)) {
    const open = groups.at(-1);
    if (open && seed.before === open.beforeLast + 1 && seed.after === open.afterLast + 1) {
      open.beforeLast = seed.before;
      open.afterLast = seed.after;
    } else {
      groups.push({ beforeFirst: seed.before, beforeLast: seed.before, afterFirst: seed.after, afterLast: seed.after });
    }
  }
  return groups;
}

/**
 * A move takes in neighbouring segments that are equal on both sides and matched nowhere else,
 * however short (a heading, "(b)"), so that it is not cut into pieces around them.
 */
function widen(
  group: SegmentRange,
  beforeSegments: readonly Segment[],
  afterSegments: readonly Segment[],
  taken: { before: Set<number>; after: Set<number> },
): Omit<Move, "id"> {
  const joins = (beforeIndex: number, afterIndex: number): boolean => {
    const segment = beforeSegments[beforeIndex];
    const other = afterSegments[afterIndex];
    if (!segment || !other || segment.key !== other.key || taken.before.has(beforeIndex) || taken.after.has(afterIndex)) return false;
    taken.before.add(beforeIndex);
    taken.after.add(afterIndex);
    return true;
  };
  while (joins(group.beforeFirst - 1, group.afterFirst - 1)) {
    group.beforeFirst--;
    group.afterFirst--;
  }
  while (joins(group.beforeLast + 1, group.afterLast + 1)) {
    group.beforeLast++;
    group.afterLast++;
  }
  return {
    beforeStart: beforeSegments[group.beforeFirst]?.start ?? 0,
    beforeEnd: beforeSegments[group.beforeLast]?.end ?? 0,
    afterStart: afterSegments[group.afterFirst]?.start ?? 0,
    afterEnd: afterSegments[group.afterLast]?.end ?? 0,
  };
}
