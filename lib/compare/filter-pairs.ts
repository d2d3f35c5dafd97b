import type { ComparedPair } from "./types";

export interface PairFilter { onlyChanged: boolean; chapter: string | null; search: string | null }

/** A filter of the compare page, by its name in PairFilter. */
export type FilterName = keyof PairFilter;

function pairText(pair: ComparedPair): string {
  return [...pair.from, ...pair.to].map((a) => `${a.label ?? ""} ${a.heading ?? ""} ${a.text}`).join(" ").toLocaleLowerCase();
}

/** The filters that hide `pair`, in the order of PairFilter; none when it is shown. */
export function filtersHiding(pair: ComparedPair, filter: PairFilter): FilterName[] {
  const search = filter.search?.trim().toLocaleLowerCase() || null;
  const hides: Record<FilterName, boolean> = {
    onlyChanged: filter.onlyChanged && pair.kind === "unchanged",
    chapter: Boolean(filter.chapter) && ![...pair.from, ...pair.to].some((a) => a.chapter === filter.chapter),
    search: Boolean(search) && !pairText(pair).includes(search!),
  };
  return (Object.keys(hides) as FilterName[]).filter((name) => hides[name]);
}

/**
 * Every pair with its place in the full list and the filters that hide it: indexes stay those of
 * the full list, so links to pairs stay stable.
 */
export function withHidingFilters(pairs: ComparedPair[], filter: PairFilter): { pair: ComparedPair; index: number; hiddenBy: FilterName[] }[] {
  return pairs.map((pair, index) => ({ pair, index, hiddenBy: filtersHiding(pair, filter) }));
}

/** The compare page's filters: the pairs they leave shown. */
export function filterPairs(pairs: ComparedPair[], filter: PairFilter): { pair: ComparedPair; index: number }[] {
  return withHidingFilters(pairs, filter).filter(({ hiddenBy }) => hiddenBy.length === 0);
}

/** Chapters in reading order of the later draft, then those only the earlier one has. */
export function chaptersOf(pairs: ComparedPair[]): string[] {
  const seen = new Set<string>();
  for (const pair of pairs) for (const a of [...pair.to, ...pair.from]) if (a.chapter) seen.add(a.chapter);
  return [...seen];
}
