/**
 * Ids of words given as ranges of a text: an open-addressing hash table that hashes and compares
 * the characters in place, so a word seen before (most words of a draft) is looked up without
 * cutting it out of its line as a string of its own.
 */
export class WordTable {
  private slots = new Int32Array(1024).fill(-1);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly ids: number[] = [];

  /** The id of `text.slice(start, end)`; `fresh` becomes it when the word is new. */
  intern(text: string, start: number, end: number, fresh: number): number {
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === -1) break;
      if (this.hashes[entry] === hash && sameWord(this.words[entry]!, text, start, end)) return this.ids[entry]!;
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = this.words.length;
    this.words.push(text.slice(start, end));
    this.hashes.push(hash);
    this.ids.push(fresh);
    // Kept at most half full, so probe runs stay short.
    if (this.words.length * 2 > this.slots.length) this.grow();
    return fresh;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, entry) => {
      let slot = hash & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    });
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}
