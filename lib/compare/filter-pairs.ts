import type { ComparedPair } from "./types";

export interface PairFilter { onlyChanged: boolean; chapter: string | null; search: string | null }

function pairText(pair: ComparedPair): string {
  return [...pair.from, ...pair.to].map((a) => `${a.label ?? ""} ${a.heading ?? ""} ${a.text}`).join(" ").toLocaleLowerCase();
}

/** The compare page's filters; indexes stay those of the full list, so links to pairs stay stable. */
export function filterPairs(pairs: ComparedPair[], filter: PairFilter): { pair: ComparedPair; index: number }[] {
  const search = filter.search?.trim().toLocaleLowerCase() || null;
  return pairs
    .map((pair, index) => ({ pair, index }))
    .filter(({ pair }) => !filter.onlyChanged || pair.kind !== "unchanged")
    .filter(({ pair }) => !filter.chapter || [...pair.from, ...pair.to].some((a) => a.chapter === filter.chapter))
    .filter(({ pair }) => !search || pairText(pair).includes(search));
}

/** Chapters in reading order of the later draft, then those only the earlier one has. */
export function chaptersOf(pairs: ComparedPair[]): string[] {
  const seen = new Set<string>();
  for (const pair of pairs) for (const a of [...pair.to, ...pair.from]) if (a.chapter) seen.add(a.chapter);
  return [...seen];
}
