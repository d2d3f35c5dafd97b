import type { AlignableArticle } from "../alignment/types";
import { assertCan, type Actor } from "../auth/permissions";
import { compareArticles } from "../compare/compare-articles";
import type { ArticlePairing, ComparedPair } from "../compare/types";
import type { Db } from "../db/client";
import { pairingOf } from "../db/alignments";
import { ensureAlignment } from "./ensure-alignment";
import { NotFoundError } from "./errors";
import { loadDraftToAlign } from "./load-draft-to-align";

export interface ClauseHistoryStep {
  draft: LoadedDraft["draft"];
  /** The clause in this draft: one article, several after a split, none once dropped. */
  articles: AlignableArticle[];
  /** How it changed from the previous draft (none for the first). */
  changes: ComparedPair[];
}

/**
 * One clause through every draft of its treaty in the same language, earliest first: alignments of
 * consecutive drafts chain, forwards and backwards from the article asked for.
 */
export async function getClauseHistory(db: Db, actor: Actor, provisionId: string): Promise<ClauseHistoryStep[]> {
  assertCan(actor, "draft:read");
  const provision = await db.provision.findUnique({ where: { id: provisionId }, include: { draft: true } });
  if (!provision || provision.kind !== "ARTICLE") throw new NotFoundError("That article does not exist.");
  const drafts = await db.draft.findMany({
    where: { treatyId: provision.draft.treatyId, language: provision.draft.language },
    orderBy: [{ position: "asc" }, { date: "asc" }],
    select: { id: true },
  });
  const loaded = await Promise.all(drafts.map((d) => loadDraftToAlign(db, d.id)));
  const start = loaded.findIndex((d) => d.draft.id === provision.draftId);
  const clause: Set<string>[] = loaded.map(() => new Set());
  clause[start]!.add(provisionId);
  const changes: ComparedPair[][] = loaded.map(() => []);

  // Forwards: the articles paired with the clause in each next draft.
  for (let i = start; i + 1 < loaded.length; i++) {
    changes[i + 1] = await stepChanges(db, loaded[i]!, loaded[i + 1]!, (p) => p.from.some((id) => clause[i]!.has(id)));
    for (const pair of changes[i + 1]!) for (const a of pair.to) clause[i + 1]!.add(a.id);
  }
  // Backwards: the articles the clause came from.
  for (let i = start; i > 0; i--) {
    changes[i] = await stepChanges(db, loaded[i - 1]!, loaded[i]!, (p) => p.to.some((id) => clause[i]!.has(id)));
    for (const pair of changes[i]!) for (const a of pair.from) clause[i - 1]!.add(a.id);
  }
  return loaded.map(({ draft, toAlign }, i) => ({
    draft,
    articles: toAlign.articles.filter((a) => clause[i]!.has(a.id)),
    changes: i === 0 ? [] : changes[i]!,
  }));
}

type LoadedDraft = Awaited<ReturnType<typeof loadDraftToAlign>>;

/** The pairs of two consecutive drafts that concern the clause, diffed. */
async function stepChanges(db: Db, a: LoadedDraft, b: LoadedDraft, concerns: (pairing: ArticlePairing) => boolean) {
  const alignment = await ensureAlignment(db, a.toAlign, b.toAlign);
  const pairings = alignment.pairs.map(pairingOf).filter(concerns);
  return compareArticles(a.toAlign.articles, b.toAlign.articles, pairings, { language: b.draft.language }).pairs;
}
