import type { AlignableArticle, ArticlePair } from "../alignment/types";
import { sideParagraphs, withParagraphs } from "../alignment/with-paragraphs";
import { diffStats } from "../diff/diff-stats";
import { WordDiffer } from "../diff/diff-words";
import { markMovesBetweenParagraphs } from "../diff/moves-between-paragraphs";
import type { DiffOp, DiffOptions } from "../diff/types";
import { opsFromParagraphs } from "./paragraph-ops";
import type { ArticlePairing, ComparedPair, CompareSummary, Comparison } from "./types";

function joined(articles: AlignableArticle[]): string {
  return articles.map((a) => a.text).join("\n\n");
}

/** An article's text as its paragraphs' (see articlesFromTree), so the differ reads each paragraph once for both diffs. */
function parts(articles: AlignableArticle[]): string[] {
  const text = joined(articles);
  const paragraphs = articles.length === 1 ? articles[0]!.paragraphs.map((p) => p.text).filter((part) => part !== "") : [];
  return paragraphs.join("\n") === text ? paragraphs : [text];
}

function joinedHeadings(articles: AlignableArticle[]): string {
  return articles.map((a) => a.heading ?? "").filter(Boolean).join(" / ");
}

function comparePair(
  pairing: ArticlePairing & Pick<ArticlePair, "paragraphs">,
  byId: Map<string, AlignableArticle>,
  differ: WordDiffer,
  options: DiffOptions,
): ComparedPair {
  const from = pairing.from.map((id) => mustGet(byId, id));
  const to = pairing.to.map((id) => mustGet(byId, id));
  const byIdOn = (articles: AlignableArticle[]) => new Map(sideParagraphs(articles).map((p) => [p.id, p]));
  const [before, after] = [byIdOn(from), byIdOn(to)];
  const texts = pairing.paragraphs.map((p) => ({
    before: p.from === null ? null : before.get(p.from) ?? null,
    after: p.to === null ? null : after.get(p.to) ?? null,
  }));
  const paragraphOps = markMovesBetweenParagraphs(
    texts.map(({ before, after }) => differ.diff(before?.text ?? "", after?.text ?? "")),
    options.language,
  );
  const paragraphs = pairing.paragraphs.map((p, i) => ({ ...p, from: texts[i]!.before, to: texts[i]!.after, ops: paragraphOps[i]! }));
  const ops = opsFromParagraphs(from, to, paragraphs, options) ?? differ.diffJoined(parts(from), parts(to));
  return {
    ...pairing,
    from,
    to,
    headingOps: differ.diff(joinedHeadings(from), joinedHeadings(to)),
    ops,
    paragraphs,
    stats: diffStats(ops),
  };
}

function mustGet(byId: Map<string, AlignableArticle>, id: string): AlignableArticle {
  const article = byId.get(id);
  if (!article) throw new Error(`The alignment names an article (${id}) that is not in either draft.`);
  return article;
}

export function summarise(pairs: ComparedPair[], counts: { from: number; to: number }): CompareSummary {
  const count = (test: (p: ComparedPair) => boolean) => pairs.filter(test).length;
  return {
    articles: counts,
    unchanged: count((p) => p.kind === "unchanged"),
    changed: count((p) => p.kind === "changed"),
    added: count((p) => p.kind === "added"),
    removed: count((p) => p.kind === "removed"),
    renumbered: count((p) => p.renumbered),
    moved: count((p) => p.moved),
    split: count((p) => p.kind === "split"),
    merged: count((p) => p.kind === "merged"),
    wordsInserted: pairs.reduce((n, p) => n + p.stats.wordsInserted, 0),
    wordsDeleted: pairs.reduce((n, p) => n + p.stats.wordsDeleted, 0),
    wordsMoved: pairs.reduce((n, p) => n + p.stats.wordsMoved, 0),
  };
}

/** Diffs each pair of an alignment (computed or stored) and sums up what changed. */
export function compareArticles(from: AlignableArticle[], to: AlignableArticle[], pairings: ArticlePairing[], options: DiffOptions = {}): Comparison {
  return compareAlignedArticles(from, to, withParagraphs(pairings, from, to), options);
}

/** `compareArticles` for pairs whose paragraphs are aligned already (by `alignArticles`). */
export function compareAlignedArticles(
  from: AlignableArticle[],
  to: AlignableArticle[],
  pairs: (ArticlePairing & Pick<ArticlePair, "paragraphs">)[],
  options: DiffOptions = {},
): Comparison {
  const byId = new Map([...from, ...to].map((a) => [a.id, a]));
  // One differ for the whole comparison: a paragraph is read once for its article and for itself.
  const differ = new WordDiffer(options);
  const compared = pairs.map((pair) => comparePair(pair, byId, differ, options));
  return { summary: summarise(compared, { from: from.length, to: to.length }), pairs: compared };
}

/** Words of a diff as they read after the change: what a filter by search text looks at. */
export function opsText(ops: DiffOp[]): string {
  return ops.map((op) => op.text).join("");
}
