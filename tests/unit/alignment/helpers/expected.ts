// The alignment a variant should get, from the lineage its transformations recorded, and how much
// of it an actual alignment got right.

import type { AlignableArticle, ArticlePair } from "../../../../lib/alignment/types";
import type { DraftState } from "./variants";

export interface ExpectedPair {
  from: string[];
  to: string[];
  kind: "one-to-one" | "split" | "merged" | "added" | "removed";
  /** Only asserted when true: moves by shuffling have no single right answer. */
  moved: boolean;
}

export function expectedPairs(originals: readonly AlignableArticle[], state: DraftState, variant: readonly AlignableArticle[]): ExpectedPair[] {
  const pairs: ExpectedPair[] = [];
  const splits = new Map<string, ExpectedPair>();
  state.pieces.forEach((piece, index) => {
    const id = variant[index]!.id;
    if (piece.lineage === "added") return pairs.push({ from: [], to: [id], kind: "added", moved: false });
    if (piece.lineage === "merged") return pairs.push({ from: piece.origins, to: [id], kind: "merged", moved: piece.moved });
    const origin = piece.origins[0]!;
    const split = piece.lineage === "split" ? splits.get(origin) : undefined;
    if (split) {
      split.to.push(id);
      split.kind = "split";
      split.moved ||= piece.moved;
      return;
    }
    const pair: ExpectedPair = { from: [origin], to: [id], kind: "one-to-one", moved: piece.moved };
    if (piece.lineage === "split") splits.set(origin, pair);
    pairs.push(pair);
  });
  const used = new Set(state.pieces.flatMap((piece) => piece.origins));
  for (const article of originals) {
    if (!used.has(article.id)) pairs.push({ from: [article.id], to: [], kind: "removed", moved: false });
  }
  return pairs;
}

function matches(expected: ExpectedPair, actual: ArticlePair | undefined): boolean {
  if (!actual) return false;
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  const kind = actual.kind === "unchanged" || actual.kind === "changed" ? "one-to-one" : actual.kind;
  return same(expected.from, actual.from) && same(expected.to, actual.to) && kind === expected.kind && (!expected.moved || actual.moved);
}

/** Articles (of both drafts) whose pair is exactly the expected one, and all articles. */
export function score(expected: readonly ExpectedPair[], actual: readonly ArticlePair[]): { correct: number; total: number; wrong: ExpectedPair[] } {
  const byArticle = new Map<string, ArticlePair>();
  for (const pair of actual) for (const id of [...pair.from, ...pair.to]) byArticle.set(id, pair);
  let correct = 0;
  let total = 0;
  const wrong: ExpectedPair[] = [];
  for (const pair of expected) {
    const size = pair.from.length + pair.to.length;
    total += size;
    if (matches(pair, byArticle.get(pair.from[0] ?? pair.to[0] ?? ""))) correct += size;
    else wrong.push(pair);
  }
  return { correct, total, wrong };
}
