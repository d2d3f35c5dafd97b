/** A possible match between item `before` of one list and item `after` of the other. */
export interface WeightedPair {
  before: number;
  after: number;
  weight: number;
}

/**
 * The heaviest set of pairs that keeps both lists in order (strictly increasing on both sides):
 * a weighted longest common subsequence computed over the candidate pairs only, so it costs
 * O(P log P) for P pairs instead of O(n·m) for two lists of n and m items.
 */
export function heaviestChain<Pair extends WeightedPair>(pairs: readonly Pair[]): Pair[] {
  const sorted = [...pairs].sort((a, b) => a.before - b.before || b.after - a.after);
  const size = sorted.reduce((largest, pair) => Math.max(largest, pair.after + 1), 0);
  // Fenwick tree over `after`: best chain weight ending at or below a position, and where.
  const treeWeight = new Float64Array(size + 1);
  const treeEnd = new Int32Array(size + 1).fill(-1);
  const chainWeight = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);

  const query = (position: number): number => {
    let best = -1;
    let bestWeight = 0;
    for (let at = position; at > 0; at -= at & -at) {
      if ((treeWeight[at] ?? 0) > bestWeight) [bestWeight, best] = [treeWeight[at] ?? 0, treeEnd[at] ?? -1];
    }
    return best;
  };
  const update = (position: number, index: number, weight: number) => {
    for (let at = position; at <= size; at += at & -at) {
      if (weight > (treeWeight[at] ?? 0)) [treeWeight[at], treeEnd[at]] = [weight, index];
    }
  };

  // Within one `before` item, pairs are visited by decreasing `after`, so a pair can never
  // extend a chain that ends in another pair of the same item.
  sorted.forEach((pair, index) => {
    const extended = query(pair.after);
    previous[index] = extended;
    chainWeight[index] = pair.weight + (extended >= 0 ? (chainWeight[extended] ?? 0) : 0);
    update(pair.after + 1, index, chainWeight[index] ?? 0);
  });

  let at = query(size);
  const chain: Pair[] = [];
  for (; at >= 0; at = previous[at] ?? -1) {
    const pair = sorted[at];
    if (pair) chain.push(pair);
  }
  return chain.reverse();
}
