// Pairs the articles of two drafts: confirmed pairs as given, the rest by text (or by structure
// across languages), then flags renumbering and moves and lays the pairs out in new-draft order.

import { alignParagraphsWith } from "./align-paragraphs";
import { articleSimilarity, type ArticleSimilarity } from "./article-similarity";
import { chapterChange } from "./chapters";
import { Vocabulary } from "./features";
import { differentLanguages } from "./languages";
import { confirmedGroups } from "./confirmed";
import { articleShape, matchByStructure, paragraphsByPosition } from "./match-by-structure";
import { matchByText, type MatchedGroup } from "./match-by-text";
import { insertRemoved, keepsOrder, type Placed } from "./order";
import { sameText } from "./same-text";
import { sideParagraphs } from "./with-paragraphs";
import type { AlignableArticle, AlignableParagraph, AlignArticlesOptions, ArticlePair, PairKind } from "./types";

function complement(size: number, taken: readonly number[]): Set<number> {
  const takenSet = new Set(taken);
  return new Set(Array.from({ length: size }, (_, index) => index).filter((index) => !takenSet.has(index)));
}

interface Context {
  from: readonly AlignableArticle[];
  to: readonly AlignableArticle[];
  /** Null across languages, where texts are not compared. */
  similarity: ArticleSimilarity | null;
  vocabulary: Vocabulary;
}

function kindOf({ from, to, similarity }: Omit<Context, "vocabulary">, rows: readonly number[], columns: readonly number[]): PairKind {
  if (rows.length === 0) return "added";
  if (columns.length === 0) return "removed";
  if (rows.length > 1) return "merged";
  if (columns.length > 1) return "split";
  const before = from[rows[0]!]!;
  const after = to[columns[0]!]!;
  if (!similarity) return articleShape(before) === articleShape(after) ? "unchanged" : "changed";
  return sameText(before.text, after.text) && sameText(before.heading, after.heading) ? "unchanged" : "changed";
}

function confirmedScore({ from, to, similarity }: Omit<Context, "vocabulary">, rows: readonly number[], columns: readonly number[]): number {
  if (rows.length === 0 || columns.length === 0) return 0;
  if (!similarity) return kindOf({ from, to, similarity }, rows, columns) === "unchanged" ? 1 : 0;
  if (rows.length > 1 || columns.length > 1) return similarity.groupText(rows, columns);
  return similarity.combined.values[rows[0]! * to.length + columns[0]!] ?? 0;
}

function toPair(context: Context, group: MatchedGroup, moved: boolean): ArticlePair {
  const { from, to, similarity, vocabulary } = context;
  const kind = kindOf(context, group.rows, group.columns);
  const oneToOne = group.rows.length === 1 && group.columns.length === 1;
  const before = oneToOne ? from[group.rows[0]!] : undefined;
  const after = oneToOne ? to[group.columns[0]!] : undefined;
  const paired = group.rows.length > 0 && group.columns.length > 0;
  const alignInside = similarity
    ? (a: AlignableParagraph[], b: AlignableParagraph[]) => alignParagraphsWith(vocabulary, a, b)
    : paragraphsByPosition;
  return {
    from: group.rows.map((row) => from[row]!.id),
    to: group.columns.map((column) => to[column]!.id),
    kind,
    renumbered: before !== undefined && after !== undefined && before.number !== after.number,
    moved,
    score: group.score,
    reasons: group.reasons,
    paragraphs: paired
      ? alignInside(sideParagraphs(group.rows.map((row) => from[row]!)), sideParagraphs(group.columns.map((column) => to[column]!)))
      : [],
  };
}

/**
 * Every article of both drafts ends up in exactly one pair. Pairs follow the new draft; removed
 * articles stand where they stood in the old one. Throws when a confirmed pair is inconsistent.
 */
export function alignArticles(
  from: AlignableArticle[],
  to: AlignableArticle[],
  options: AlignArticlesOptions = {},
): ArticlePair[] {
  const confirmed = confirmedGroups(from, to, options.fixed ?? []);
  const crossLanguage = differentLanguages(options.language);
  const vocabulary = new Vocabulary([...from, ...to].reduce((length, article) => length + article.text.length, 0));
  const context: Context = { from, to, vocabulary, similarity: crossLanguage ? null : articleSimilarity(from, to, vocabulary) };
  const freeRows = complement(from.length, confirmed.flatMap((group) => group.rows));
  const freeColumns = complement(to.length, confirmed.flatMap((group) => group.columns));
  const matched = context.similarity
    ? matchByText(from, to, context.similarity, freeRows, freeColumns)
    : matchByStructure(from, to, freeRows, freeColumns);
  const pairedRows = new Set(matched.flatMap((group) => group.rows));
  const pairedColumns = new Set(matched.flatMap((group) => group.columns));
  const groups: MatchedGroup[] = [
    ...confirmed.map((group) => ({ ...group, score: confirmedScore(context, group.rows, group.columns), reasons: ["confirmed" as const] })),
    ...matched,
    ...[...freeRows].filter((row) => !pairedRows.has(row)).map((row) => ({ rows: [row], columns: [], score: 0, reasons: [] })),
    ...[...freeColumns].filter((column) => !pairedColumns.has(column)).map((column) => ({ rows: [], columns: [column], score: 0, reasons: [] })),
  ];

  const linked = groups.filter((group) => group.rows.length > 0 && group.columns.length > 0);
  const changedChapter = chapterChange(from, to, linked);
  const inNewOrder = groups
    .filter((group) => group.columns.length > 0)
    .sort((a, b) => Math.min(...a.columns) - Math.min(...b.columns));
  const links = inNewOrder.filter((group) => group.rows.length > 0);
  const kept = keepsOrder(links.map((group) => ({ from: Math.min(...group.rows), weight: group.score })));
  const outOfOrder = new Set(links.filter((_, index) => !kept[index]));
  const placed: Placed<ArticlePair>[] = inNewOrder.map((group) => {
    const moved = group.rows.length > 0 && (outOfOrder.has(group) || changedChapter(group.rows, group.columns));
    return { item: toPair(context, group, moved), from: group.rows, moved };
  });
  const removed = groups
    .filter((group) => group.columns.length === 0)
    .map((group) => ({ item: toPair(context, group, false), from: Math.min(...group.rows) }));
  return insertRemoved(placed, removed);
}
