// Sparse TF-IDF vectors and shingle sets over interned integer ids. Similarities are computed by
// spreading one vector into a dense array and reading the other through it: no sorting, no
// string keys, so aligning two 60-article drafts stays within milliseconds.

import { tokenise } from "./normalise";

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

/**
 * Interns words and bigrams of every text it reads, so ids are comparable across both drafts.
 * Lines are tokenised once: an article and its paragraphs share their lines.
 */
export class Vocabulary {
  private readonly words = new Map<string, number>();
  // First word → second word → bigram id: small integer keys keep the maps fast.
  private readonly bigrams = new Map<number, Map<number, number>>();
  private readonly lines = new Map<string, number[]>();
  private size = 0;
  private tally: Int32Array<ArrayBuffer> = new Int32Array(1024);

  /** How many ids were given out: the dimension of the vectors. */
  get dimension(): number {
    return this.size;
  }

  features(text: string): TextFeatures {
    const words: number[] = [];
    for (const line of text.split("\n")) for (const word of this.lineWords(line)) words.push(word);
    const ids: number[] = [];
    const shingles: number[] = [];
    const count = (id: number): boolean => {
      if (this.tally.length <= id) this.tally = growTo(this.tally, id);
      const first = this.tally[id] === 0;
      if (first) ids.push(id);
      this.tally[id]!++;
      return first;
    };
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      count(word);
      if (index + 1 === words.length) break;
      const bigram = this.bigram(word, words[index + 1]!);
      if (count(bigram)) shingles.push(bigram);
    }
    if (words.length === 1) shingles.push(...words);
    // Typed arrays built from plain arrays, not Int32Array.from: that one is an order slower.
    const counts = new Int32Array(ids.length);
    ids.forEach((id, index) => {
      counts[index] = this.tally[id]!;
      this.tally[id] = 0;
    });
    return { ids: new Int32Array(ids), counts, shingles: new Int32Array(shingles) };
  }

  private bigram(first: number, second: number): number {
    let followers = this.bigrams.get(first);
    if (!followers) {
      followers = new Map<number, number>();
      this.bigrams.set(first, followers);
    }
    return this.intern(followers, second);
  }

  private lineWords(line: string): number[] {
    let ids = this.lines.get(line);
    if (!ids) {
      ids = tokenise(line).map((token) => this.intern(this.words, token));
      this.lines.set(line, ids);
    }
    return ids;
  }

  private intern<K>(table: Map<K, number>, key: K): number {
    let id = table.get(key);
    if (id === undefined) {
      id = this.size++;
      table.set(key, id);
    }
    return id;
  }
}

function growTo(array: Int32Array, index: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(index + 1, array.length * 2));
  grown.set(array);
  return grown;
}

/** Sublinear TF times IDF over the given documents, unit length. */
export function tfIdfVectors(documents: readonly TextFeatures[], dimension: number): SparseVector[] {
  const documentFrequency = new Int32Array(dimension);
  for (const { ids } of documents) for (const id of ids) documentFrequency[id]!++;
  const total = documents.length;
  return documents.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    let squares = 0;
    ids.forEach((id, index) => {
      const weight = (1 + Math.log(counts[index]!)) * Math.log(1 + total / documentFrequency[id]!);
      weights[index] = weight;
      squares += weight * weight;
    });
    const norm = Math.sqrt(squares) || 1;
    for (let index = 0; index < weights.length; index++) weights[index]! /= norm;
    return { ids, weights };
  });
}

/**
 * Cosines of every row vector with every column vector, row-major. Each row is spread into a
 * dense array once, so each cell costs one pass over the column vector.
 */
export function cosineMatrix(rows: readonly SparseVector[], columns: readonly SparseVector[], dimension: number): Float64Array {
  const values = new Float64Array(rows.length * columns.length);
  const dense = new Float64Array(dimension);
  rows.forEach((row, r) => {
    row.ids.forEach((id, index) => (dense[id] = row.weights[index]!));
    columns.forEach((column, c) => {
      let dot = 0;
      for (let index = 0; index < column.ids.length; index++) dot += column.weights[index]! * dense[column.ids[index]!]!;
      values[r * columns.length + c] = Math.min(1, dot);
    });
    row.ids.forEach((id) => (dense[id] = 0));
  });
  return values;
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
