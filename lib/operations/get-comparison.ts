import { assertCan, type Actor } from "../auth/permissions";
import { compareArticles } from "../compare/compare-articles";
import type { Db } from "../db/client";
import { pairingOf } from "../db/alignments";
import { cachedComparison } from "./comparison-cache";
import { ensureAlignment } from "./ensure-alignment";
import { parseInput } from "./errors";
import { loadDraftToAlign } from "./load-draft-to-align";
import { comparisonQuerySchema, type ComparisonQuery } from "./get-comparison.schema";

/** Two drafts aligned article by article and diffed word by word: the compare page and its API. */
export async function getComparison(db: Db, actor: Actor, query: ComparisonQuery) {
  assertCan(actor, "draft:read");
  const q = parseInput(comparisonQuerySchema, query);
  const [{ draft: fromDraft, toAlign: from, anchors: fromAnchors }, { draft: toDraft, toAlign: to, anchors: toAnchors }] = await Promise.all([
    loadDraftToAlign(db, q.from),
    loadDraftToAlign(db, q.to),
  ]);
  const alignment = await ensureAlignment(db, from, to);
  const pairings = alignment.pairs.map(pairingOf);
  const options = { language: toDraft.language, ignoreWhitespace: q.ignoreWhitespace, ignorePunctuation: q.ignorePunctuation };
  const key = JSON.stringify([fromDraft.id, toDraft.id, options, pairings]);
  const comparison = cachedComparison(key, () => compareArticles(from.articles, to.articles, pairings, options));
  return {
    fromDraft,
    toDraft,
    alignmentId: alignment.id,
    pairIds: alignment.pairs.map((p) => p.id),
    anchors: new Map([...fromAnchors, ...toAnchors]),
    articles: { from: from.articles, to: to.articles },
    comparison,
  };
}

export type ComparisonView = Awaited<ReturnType<typeof getComparison>>;
