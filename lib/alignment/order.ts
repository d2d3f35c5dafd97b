// Relative order of paired items (articles or paragraphs) and where unpaired old items go in a
// list that follows the new draft.

export interface OrderedLink {
  /** Position of the (first) old item. */
  from: number;
  weight: number;
}

/**
 * Which links, taken in new-draft order, keep their old relative order: the increasing chain of
 * old positions with the greatest total weight (the best-matched pairs stay put). The others were
 * moved. Quadratic, which is nothing for the few dozen articles of a draft.
 */
export function keepsOrder(links: readonly OrderedLink[]): boolean[] {
  const best = links.map((link) => link.weight);
  const previous = links.map(() => -1);
  links.forEach((link, index) => {
    for (let before = 0; before < index; before++) {
      const candidate = links[before]!;
      if (candidate.from < link.from && best[before]! + link.weight > best[index]!) {
        best[index] = best[before]! + link.weight;
        previous[index] = before;
      }
    }
  });
  const kept = links.map(() => false);
  let end = best.reduce((top, value, index) => (value > (best[top] ?? -Infinity) ? index : top), -1);
  while (end >= 0) {
    kept[end] = true;
    end = previous[end]!;
  }
  return kept;
}

export interface Placed<T> {
  item: T;
  /** Old positions it covers; empty for an added item. */
  from: readonly number[];
  /** Whether it left its old place, and so says nothing about where its neighbours stood. */
  moved: boolean;
}

/**
 * Inserts removed items (given by old position) into a list in new-draft order: each goes right
 * after the item that held the nearest earlier old position, as it stood in the old draft.
 */
export function insertRemoved<T>(placed: readonly Placed<T>[], removed: readonly { item: T; from: number }[]): T[] {
  const holder = new Map<number, number>();
  placed.forEach((entry, index) => {
    if (!entry.moved) entry.from.forEach((position) => holder.set(position, index));
  });
  const after = new Map<number, T[]>();
  for (const entry of [...removed].sort((a, b) => a.from - b.from)) {
    let anchor = -1;
    for (let position = entry.from - 1; position >= 0 && anchor < 0; position--) anchor = holder.get(position) ?? -1;
    const list = after.get(anchor) ?? [];
    list.push(entry.item);
    after.set(anchor, list);
  }
  return [...(after.get(-1) ?? []), ...placed.flatMap((entry, index) => [entry.item, ...(after.get(index) ?? [])])];
}
