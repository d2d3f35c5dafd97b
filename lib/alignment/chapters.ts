// Which chapter of the new draft continues each chapter of the old one, to tell an article that
// changed chapter from one whose chapter was merely renumbered ("Chapter III" → "Chapter IV").

import { tokenise } from "./normalise";
import type { AlignableArticle } from "./types";

const NONE = "\u0000none";

/** Chapters are compared by heading: the part after " — ", without the label that renumbers. */
function headingKey(chapter: string | null): string {
  if (chapter === null) return NONE;
  const separator = chapter.indexOf(" — ");
  return tokenise(separator >= 0 ? chapter.slice(separator + 3) : chapter).join(" ");
}

function uniqueKeys(articles: readonly AlignableArticle[]): Map<string, string> {
  const byKey = new Map<string, Set<string>>();
  for (const article of articles) {
    const chapter = article.chapter ?? NONE;
    byKey.set(headingKey(article.chapter), (byKey.get(headingKey(article.chapter)) ?? new Set()).add(chapter));
  }
  const unique = new Map<string, string>();
  byKey.forEach((chapters, key) => {
    const [only] = chapters;
    if (chapters.size === 1 && only !== undefined) unique.set(key, only);
  });
  return unique;
}

/**
 * Maps each old chapter to its successor: the new chapter with the same heading when there is
 * exactly one; otherwise (heading reworded, or another language) the new chapter that received
 * most of its paired articles. Returns whether a pair's articles changed chapter.
 */
export function chapterChange(
  from: readonly AlignableArticle[],
  to: readonly AlignableArticle[],
  pairs: readonly { rows: readonly number[]; columns: readonly number[] }[],
): (rows: readonly number[], columns: readonly number[]) => boolean {
  const fromUnique = uniqueKeys(from);
  const toUnique = uniqueKeys(to);
  const votes = new Map<string, Map<string, number>>();
  for (const { rows, columns } of pairs) {
    for (const row of rows) {
      const source = from[row]?.chapter ?? NONE;
      const tally = votes.get(source) ?? new Map<string, number>();
      votes.set(source, tally);
      for (const column of columns) {
        const target = to[column]?.chapter ?? NONE;
        tally.set(target, (tally.get(target) ?? 0) + 1 / columns.length);
      }
    }
  }
  const successor = new Map<string, string>();
  votes.forEach((tally, source) => {
    const key = headingKey(source === NONE ? null : source);
    const sameHeading = fromUnique.get(key) === source ? toUnique.get(key) : undefined;
    const [majority] = [...tally].sort((a, b) => b[1] - a[1]);
    const chosen = sameHeading ?? majority?.[0];
    if (chosen !== undefined) successor.set(source, chosen);
  });
  return (rows, columns) =>
    rows.some((row) => {
      const expected = successor.get(from[row]?.chapter ?? NONE);
      return columns.some((column) => (to[column]?.chapter ?? NONE) !== expected);
    });
}
