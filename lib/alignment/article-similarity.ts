// How alike any article of one draft is to any article of the other: text (TF-IDF cosine over
// words and word bigrams), heading (shared words, the rarer the weightier), and containment (share
// of one article's word bigrams found in another), the measure that recognises the halves of a
// split or a merge.

import type { ScoreMatrix } from "./assign";
import { containment, cosineMatrix, sumVectors, tfIdfVectors, Vocabulary } from "./features";
import { tokenise } from "./normalise";
import type { AlignableArticle } from "./types";

/**
 * Share of the heading in the combined score. Headings are short and often kept through heavy
 * rewording, but they are also reworded on their own ("Computer-related fraud" → "ICT-related
 * fraud"), so text carries most of the weight.
 */
export const HEADING_WEIGHT = 0.3;

export interface ArticleSimilarity {
  /** Text cosine, from rows × to columns. */
  text: ScoreMatrix;
  /** Heading and text together; text alone where either heading is missing. */
  combined: ScoreMatrix;
  /** Heading word overlap (Dice weighted by rarity), or null where either heading is missing. */
  heading(row: number, column: number): number | null;
  sameHeading(row: number, column: number): boolean;
  /** Share of from-article `row`'s bigrams found in the given to-articles. */
  fromCoveredBy(row: number, columns: readonly number[]): number;
  /** Share of to-article `column`'s bigrams found in the given from-articles. */
  toCoveredBy(column: number, rows: readonly number[]): number;
  /** Text cosine of groups read as single texts (for splits and merges). */
  groupText(rows: readonly number[], columns: readonly number[]): number;
}

/** A heading's distinct words with their weights (0 in all for a heading of no words), and its words in order. */
interface HeadingTerms {
  weights: Map<string, number>;
  total: number;
  text: string;
}

/**
 * Words weighted by how few headings of both drafts hold them: a word many headings share ("of",
 * "Mutual assistance", "Information and communications technology-related") tells little about
 * which article is which; the word that differs ("fraud", "forgery") tells most.
 */
function headingTerms(headings: readonly (readonly string[] | null)[]): (HeadingTerms | null)[] {
  const holders = new Map<string, number>();
  const present = headings.filter((words) => words !== null && words.length > 0);
  for (const words of present) for (const word of new Set(words)) holders.set(word, (holders.get(word) ?? 0) + 1);
  return headings.map((words) => {
    if (words === null) return null;
    const weights = new Map([...new Set(words)].map((word) => [word, Math.log(1 + present.length / holders.get(word)!)]));
    return { weights, total: [...weights.values()].reduce((sum, weight) => sum + weight, 0), text: words.join(" ") };
  });
}

/** Weighted Dice: the weight of the shared words over the weight of both headings' words. */
function dice(a: HeadingTerms, b: HeadingTerms): number {
  if (a.text === b.text) return 1;
  let shared = 0;
  a.weights.forEach((weight, word) => {
    if (b.weights.has(word)) shared += weight;
  });
  return (2 * shared) / (a.total + b.total);
}

/** For each id, the indices of the lists holding it: `columns[start[id]]` to `columns[start[id + 1] - 1]`. */
interface Postings {
  start: Int32Array;
  columns: Int32Array;
}

function postings(lists: readonly Int32Array[], dimension: number): Postings {
  const start = new Int32Array(dimension + 1);
  for (const list of lists) for (const id of list) start[id + 1]!++;
  for (let id = 0; id < dimension; id++) start[id + 1]! += start[id]!;
  const filled = start.slice(0, dimension);
  const columns = new Int32Array(start[dimension]!);
  lists.forEach((list, column) => {
    for (const id of list) columns[filled[id]!++] = column;
  });
  return { start, columns };
}

function pick<T>(items: readonly T[], indices: readonly number[]): T[] {
  return indices.flatMap((index) => (items[index] === undefined ? [] : [items[index]]));
}

export function articleSimilarity(
  from: readonly AlignableArticle[],
  to: readonly AlignableArticle[],
  vocabulary = new Vocabulary(),
): ArticleSimilarity {
  const features = [...from, ...to].map((article) => vocabulary.features(article.text));
  const vectors = tfIdfVectors(features, vocabulary);
  const fromVectors = vectors.slice(0, from.length);
  const toVectors = vectors.slice(from.length);
  const fromShingles = features.slice(0, from.length).map((f) => f.shingles);
  const toShingles = features.slice(from.length).map((f) => f.shingles);
  const headings = headingTerms([...from, ...to].map((article) => (article.heading === null ? null : tokenise(article.heading))));
  const fromHeadings = headings.slice(0, from.length);
  const toHeadings = headings.slice(from.length);

  const columns = to.length;
  const text = cosineMatrix(fromVectors, toVectors, vocabulary);
  const headingScores = new Float64Array(from.length * columns).fill(Number.NaN);
  const same = new Uint8Array(from.length * columns);
  const combined = new Float64Array(from.length * columns);
  for (let row = 0; row < from.length; row++) {
    const fromHeading = fromHeadings[row];
    for (let column = 0; column < columns; column++) {
      const cell = row * columns + column;
      const toHeading = toHeadings[column];
      if (!fromHeading || !toHeading || fromHeading.total + toHeading.total === 0) {
        combined[cell] = text[cell]!;
        continue;
      }
      const heading = dice(fromHeading, toHeading);
      headingScores[cell] = heading;
      same[cell] = fromHeading.text === toHeading.text ? 1 : 0;
      combined[cell] = HEADING_WEIGHT * heading + (1 - HEADING_WEIGHT) * text[cell]!;
    }
  }

  // Shared bigrams of every pair, a whole row at a time when first asked (only splits and merges
  // need them), counted through the columns that hold each of the row's bigrams: most bigrams
  // occur in one article or none of the other draft, so this skips nearly all of a pass over
  // every column's bigrams.
  const sharedRows: (Int32Array | undefined)[] = [];
  let holders: Postings | undefined;
  const shared = (row: number, column: number): number => {
    let counts = sharedRows[row];
    if (!counts) {
      holders ??= postings(toShingles, vocabulary.dimension);
      counts = new Int32Array(columns);
      for (const id of fromShingles[row]!) {
        for (let at = holders.start[id]!; at < holders.start[id + 1]!; at++) counts[holders.columns[at]!]!++;
      }
      sharedRows[row] = counts;
    }
    return counts[column]!;
  };
  const share = (count: number, size: number) => (size === 0 ? 0 : count / size);

  return {
    text: { rows: from.length, columns, values: text },
    combined: { rows: from.length, columns, values: combined },
    heading: (row, column) => {
      const value = headingScores[row * columns + column];
      return value === undefined || Number.isNaN(value) ? null : value;
    },
    sameHeading: (row, column) => same[row * columns + column] === 1,
    fromCoveredBy: (row, cols) =>
      cols.length === 1
        ? share(shared(row, cols[0]!), fromShingles[row]!.length)
        : containment(new Set(fromShingles[row]), pick(toShingles, cols)),
    toCoveredBy: (column, rows) =>
      rows.length === 1
        ? share(shared(rows[0]!, column), toShingles[column]!.length)
        : containment(new Set(toShingles[column]), pick(fromShingles, rows)),
    groupText: (rows, cols) =>
      cosineMatrix([sumVectors(pick(fromVectors, rows))], [sumVectors(pick(toVectors, cols))], vocabulary)[0] ?? 0,
  };
}
