interface Mergeable {
  type: string;
}

/** Drops empty items and joins neighbours of the same type (moves only within one move). */
export function mergeAdjacent<Item extends Mergeable>(
  items: readonly Item[],
  isEmpty: (item: Item) => boolean,
  join: (first: Item, second: Item) => Item,
): Item[] {
  const merged: Item[] = [];
  for (const item of items) {
    if (isEmpty(item)) continue;
    const last = merged.at(-1);
    if (last && last.type === item.type && moveIdOf(last) === moveIdOf(item)) merged[merged.length - 1] = join(last, item);
    else merged.push(item);
  }
  return merged;
}

function moveIdOf(item: Mergeable): unknown {
  return "moveId" in item ? item.moveId : undefined;
}
