/**
 * Ids of pairs of ids (word bigrams): an open-addressing hash table over typed arrays. A draft has
 * tens of thousands of bigrams, and nested Maps made looking them up most of the cost of reading it.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private ids: Int32Array;
  private count = 0;

  /** `expected`: about how many pairs will come, so the table need not grow (rehashing all) on the way. */
  constructor(expected = 0) {
    let size = 1024;
    while (size < 2 * expected) size *= 2;
    this.firsts = new Int32Array(size).fill(-1);
    this.seconds = new Int32Array(size);
    this.ids = new Int32Array(size);
  }

  /** The pair's id; `fresh` becomes it when the pair is new. */
  intern(first: number, second: number, fresh: number): number {
    const mask = this.firsts.length - 1;
    let slot = hash(first, second) & mask;
    for (;;) {
      const stored = this.firsts[slot]!;
      if (stored === -1) break;
      if (stored === first && this.seconds[slot] === second) return this.ids[slot]!;
      slot = (slot + 1) & mask;
    }
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.ids[slot] = fresh;
    // Kept at most half full, so probe runs stay short.
    if (++this.count * 2 > this.firsts.length) this.grow();
    return fresh;
  }

  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.ids = new Int32Array(firsts.length * 2);
    const mask = this.firsts.length - 1;
    firsts.forEach((first, old) => {
      if (first === -1) return;
      let slot = hash(first, seconds[old]!) & mask;
      while (this.firsts[slot] !== -1) slot = (slot + 1) & mask;
      this.firsts[slot] = first;
      this.seconds[slot] = seconds[old]!;
      this.ids[slot] = ids[old]!;
    });
  }
}

function hash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
}
