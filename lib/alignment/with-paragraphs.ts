import { alignParagraphs } from "./align-paragraphs";
import type { AlignableArticle, ArticlePair } from "./types";

/** Stored pairings carry no paragraph alignment: it is cheap, so it is computed when needed. */
export function withParagraphs(pairings: readonly Omit<ArticlePair, "paragraphs">[], from: readonly AlignableArticle[], to: readonly AlignableArticle[]): ArticlePair[] {
  const byId = new Map([...from, ...to].map((a) => [a.id, a]));
  return pairings.map((pairing) => {
    const before = pairing.from.length === 1 ? byId.get(pairing.from[0]!) : undefined;
    const after = pairing.to.length === 1 ? byId.get(pairing.to[0]!) : undefined;
    return { ...pairing, paragraphs: before && after ? alignParagraphs(before.paragraphs, after.paragraphs) : [] };
  });
}
