import { alignParagraphs } from "./align-paragraphs";
import type { AlignableArticle, AlignableParagraph, ArticlePair } from "./types";

/**
 * The paragraphs a pair's side reads, in order: of its one article, or of each article of a
 * split or merge in turn, so a paragraph that went to the other article is paired all the same.
 */
export function sideParagraphs(articles: readonly AlignableArticle[]): AlignableParagraph[] {
  return articles.flatMap((article) => article.paragraphs);
}

/** Stored pairings carry no paragraph alignment: it is cheap, so it is computed when needed. */
export function withParagraphs(pairings: readonly Omit<ArticlePair, "paragraphs">[], from: readonly AlignableArticle[], to: readonly AlignableArticle[]): ArticlePair[] {
  const byId = new Map([...from, ...to].map((a) => [a.id, a]));
  const articles = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return pairings.map((pairing) => {
    const before = articles(pairing.from);
    const after = articles(pairing.to);
    const paired = before.length > 0 && after.length > 0;
    return { ...pairing, paragraphs: paired ? alignParagraphs(sideParagraphs(before), sideParagraphs(after)) : [] };
  });
}
