// Sparse TF-IDF vectors and shingle sets over interned integer ids. Similarities are computed by
// spreading one vector into a dense array and reading the other through it: no sorting, no
// string keys, so aligning two 60-article drafts stays within milliseconds. Loops over terms are
// indexed rather than forEach: they visit every term of every text, and the callbacks cost more
// than the arithmetic.

import { tokenRanges } from "./normalise";
import { PairTable } from "./pair-table";
import { WordTable } from "./word-table";

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TextFeatures {
  /** Word and word-bigram ids, each once. */
  ids: Int32Array;
  /** How often each of `ids` occurs. */
  counts: Int32Array;
  /** Distinct word bigrams (the single word of a one-word text): what containment counts. */
  shingles: Int32Array;
}

// English words with the space after them; other languages have longer or shorter ones, which
// only means a table that grows once more or is larger than needed.
const CHARACTERS_PER_WORD = 6;

/**
 * Interns words and bigrams of every text it reads, so ids are comparable across both drafts.
 * Lines are tokenised once: an article and its paragraphs share their lines. Whole texts are read
 * once too: an unchanged article is read on both sides, a one-paragraph article again as its
 * paragraph. Like every table here, they last as long as the vocabulary (one alignment).
 */
export class Vocabulary {
  private readonly words = new WordTable();
  private readonly bigrams: PairTable;
  private readonly lines = new Map<string, number[]>();
  private readonly texts = new Map<string, TextFeatures>();
  private size = 0;
  private tally: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private integers: Int32Array<ArrayBuffer> = new Int32Array(0);
  // Where features are collected before being copied out at their size, reused text after text.
  private idBuffer: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private shingleBuffer: Int32Array<ArrayBuffer> = new Int32Array(1024);

  /** `expectedText`: about how many characters of text will be read (a bigram for every few). */
  constructor(expectedText = 0) {
    this.bigrams = new PairTable(expectedText / CHARACTERS_PER_WORD);
  }

  /** How many ids were given out: the dimension of the vectors. */
  get dimension(): number {
    return this.size;
  }

  /**
   * An array indexed by id, all zero, for the computations over this vocabulary, which leave it
   * zero again. Shared because the paragraphs of every pair of articles are compared: a fresh
   * array as long as the vocabulary for each would cost more than the comparison itself.
   */
  workArray(): Int32Array {
    if (this.integers.length < this.size) this.integers = new Int32Array(2 * this.size);
    return this.integers;
  }

  /** The features of a text; the same (shared, read-only) arrays each time the text comes again. */
  features(text: string): TextFeatures {
    let features = this.texts.get(text);
    if (!features) {
      features = this.read(text);
      this.texts.set(text, features);
    }
    return features;
  }

  private read(text: string): TextFeatures {
    const lines = text.split("\n").map((line) => this.lineWords(line));
    const ids = new IdList(this.idBuffer);
    const shingles = new IdList(this.shingleBuffer);
    let previous = -1;
    let words = 0;
    for (const line of lines) {
      for (const word of line) {
        if (previous >= 0) {
          const bigram = this.bigram(previous, word);
          if (this.count(bigram)) {
            ids.push(bigram);
            shingles.push(bigram);
          }
        }
        if (this.count(word)) ids.push(word);
        previous = word;
        words++;
      }
    }
    if (words === 1) shingles.push(previous);
    this.idBuffer = ids.buffer;
    this.shingleBuffer = shingles.buffer;
    const distinct = ids.copy();
    const counts = new Int32Array(distinct.length);
    for (let index = 0; index < distinct.length; index++) {
      const id = distinct[index]!;
      counts[index] = this.tally[id]!;
      this.tally[id] = 0;
    }
    return { ids: distinct, counts, shingles: shingles.copy() };
  }

  /** Tallies one occurrence; true on the first. */
  private count(id: number): boolean {
    if (this.tally.length <= id) this.tally = growTo(this.tally, id);
    return this.tally[id]!++ === 0;
  }

  private bigram(first: number, second: number): number {
    const id = this.bigrams.intern(first, second, this.size);
    if (id === this.size) this.size++;
    return id;
  }

  private lineWords(line: string): number[] {
    let ids = this.lines.get(line);
    if (!ids) {
      const { text, count, starts, ends } = tokenRanges(line);
      ids = [];
      for (let index = 0; index < count; index++) ids.push(this.word(text, starts[index]!, ends[index]!));
      this.lines.set(line, ids);
    }
    return ids;
  }

  private word(text: string, start: number, end: number): number {
    const id = this.words.intern(text, start, end, this.size);
    if (id === this.size) this.size++;
    return id;
  }
}

/** Ids appended to a reusable buffer that grows as needed. */
class IdList {
  private size = 0;
  constructor(public buffer: Int32Array<ArrayBuffer>) {}

  push(id: number): void {
    if (this.size === this.buffer.length) this.buffer = growTo(this.buffer, this.size);
    this.buffer[this.size++] = id;
  }

  copy(): Int32Array<ArrayBuffer> {
    return this.buffer.slice(0, this.size);
  }
}

function growTo(array: Int32Array, index: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(index + 1, array.length * 2));
  grown.set(array);
  return grown;
}

// Most terms occur once or a few times in a text: their term weights are looked up, not computed.
const TERM_WEIGHTS = Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

/** Sublinear TF times IDF over the given documents, unit length. */
export function tfIdfVectors(documents: readonly TextFeatures[], vocabulary: Vocabulary): SparseVector[] {
  const documentFrequency = vocabulary.workArray();
  for (const { ids } of documents) for (let index = 0; index < ids.length; index++) documentFrequency[ids[index]!]!++;
  const total = documents.length;
  // IDF depends on the document frequency alone, which takes few values: each is computed once,
  // not once per term (tens of thousands of logarithms). Never 0, so 0 is "not yet".
  const inverseFrequency = new Float64Array(total + 1);
  const vectors = documents.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    let squares = 0;
    for (let index = 0; index < ids.length; index++) {
      const count = counts[index]!;
      const termWeight = count < TERM_WEIGHTS.length ? TERM_WEIGHTS[count]! : 1 + Math.log(count);
      const frequency = documentFrequency[ids[index]!]!;
      let idf = inverseFrequency[frequency]!;
      if (idf === 0) idf = inverseFrequency[frequency] = Math.log(1 + total / frequency);
      const weight = termWeight * idf;
      weights[index] = weight;
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let index = 0; index < weights.length; index++) weights[index]! /= norm;
    return { ids, weights };
  });
  for (const { ids } of documents) for (let index = 0; index < ids.length; index++) documentFrequency[ids[index]!] = 0;
  return vectors;
}

/**
 * Cosines of every row vector with every column vector, row-major. The rows' terms are listed by
 * id, so a column's pass meets only the rows sharing each of its terms: most terms are in few
 * texts. Each cell still adds its products in the column's order, so its rounding is the same
 * as a dot product term by term (the terms a row lacks added nothing but zeros).
 */
export function cosineMatrix(rows: readonly SparseVector[], columns: readonly SparseVector[], vocabulary: Vocabulary): Float64Array {
  const values = new Float64Array(rows.length * columns.length);
  const postings = new RowPostings(rows, vocabulary.workArray());
  const sums = new Float64Array(rows.length);
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    sums.fill(0);
    for (let index = 0; index < column.ids.length; index++) {
      const weight = column.weights[index]!;
      for (let at = postings.first(column.ids[index]!); at >= 0; at = postings.next[at]!) {
        sums[postings.row[at]!]! += weight * postings.weight[at]!;
      }
    }
    for (let r = 0; r < rows.length; r++) values[r * columns.length + c] = Math.min(1, sums[r]!);
  }
  postings.release(rows);
  return values;
}

/** Each id's (row, weight) entries as linked lists, headed in an id-indexed array left all zero by `release`. */
class RowPostings {
  readonly row: Int32Array;
  readonly weight: Float64Array;
  readonly next: Int32Array;

  constructor(
    rows: readonly SparseVector[],
    /** One past each id's last entry; 0 for none. */
    private readonly heads: Int32Array,
  ) {
    const size = rows.reduce((total, vector) => total + vector.ids.length, 0);
    this.row = new Int32Array(size);
    this.weight = new Float64Array(size);
    this.next = new Int32Array(size);
    let at = 0;
    for (let r = 0; r < rows.length; r++) {
      const { ids, weights } = rows[r]!;
      for (let index = 0; index < ids.length; index++) {
        this.row[at] = r;
        this.weight[at] = weights[index]!;
        this.next[at] = heads[ids[index]!]! - 1;
        heads[ids[index]!] = ++at;
      }
    }
  }

  first(id: number): number {
    return this.heads[id]! - 1;
  }

  release(rows: readonly SparseVector[]): void {
    for (const { ids } of rows) for (let index = 0; index < ids.length; index++) this.heads[ids[index]!] = 0;
  }
}

/** The unit-length sum of several vectors: the text of a group of articles read as one. */
export function sumVectors(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const vector of vectors) {
    vector.ids.forEach((id, index) => sum.set(id, (sum.get(id) ?? 0) + vector.weights[index]!));
  }
  const ids = new Int32Array([...sum.keys()]);
  const weights = new Float64Array([...sum.values()]);
  const norm = Math.sqrt(weights.reduce((total, weight) => total + weight * weight, 0)) || 1;
  return { ids, weights: weights.map((weight) => weight / norm) };
}

/** Share of `part`'s shingles found in any of `wholes`: how much of it they contain. */
export function containment(part: ReadonlySet<number>, wholes: readonly Int32Array[]): number {
  if (part.size === 0) return 0;
  // Shingles are distinct within one text, so a single whole needs no record of what was found.
  const found = wholes.length === 1 ? null : new Set<number>();
  let hits = 0;
  for (const whole of wholes) {
    for (const id of whole) {
      if (!part.has(id) || found?.has(id)) continue;
      found?.add(id);
      hits++;
    }
  }
  return hits / part.size;
}
