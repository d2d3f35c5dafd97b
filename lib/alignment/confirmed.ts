// Pairs an editor confirmed. They are taken as given, so they must make sense: known ids, each
// article in one pair at most, and a shape the pair kinds can express.

import type { AlignableArticle } from "./types";

export interface IndexedGroup {
  rows: number[];
  columns: number[];
}

function indexer(articles: readonly AlignableArticle[], side: string) {
  const positions = new Map(articles.map((article, index) => [article.id, index]));
  const used = new Set<string>();
  return (id: string): number => {
    const position = positions.get(id);
    if (position === undefined) throw new Error(`Confirmed pair names unknown ${side} article ${id}.`);
    if (used.has(id)) throw new Error(`${side} article ${id} is in more than one confirmed pair.`);
    used.add(id);
    return position;
  };
}

export function confirmedGroups(
  from: readonly AlignableArticle[],
  to: readonly AlignableArticle[],
  fixed: readonly { from: readonly string[]; to: readonly string[] }[],
): IndexedGroup[] {
  const fromIndex = indexer(from, "from");
  const toIndex = indexer(to, "to");
  return fixed.map((pair) => {
    if (pair.from.length + pair.to.length === 0) throw new Error("A confirmed pair names no article.");
    if (pair.from.length > 1 && pair.to.length > 1) {
      throw new Error(`Confirmed pair ${pair.from.join("+")} → ${pair.to.join("+")} is neither a split nor a merge.`);
    }
    return { rows: pair.from.map(fromIndex), columns: pair.to.map(toIndex) };
  });
}
