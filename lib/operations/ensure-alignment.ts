import { alignArticles } from "../alignment/align-articles";
import type { AlignableArticle } from "../alignment/types";
import type { Db } from "../db/client";
import { confirmedPairings, findAlignment, storeAlignment, type StoredAlignment } from "../db/alignments";

export interface DraftToAlign { id: string; language: string; articles: AlignableArticle[] }

/**
 * The stored alignment of two drafts, computed and stored on first use. With `recompute`, it is
 * computed again around the pairs editors confirmed, which stay exactly as they are.
 */
export async function ensureAlignment(db: Db, from: DraftToAlign, to: DraftToAlign, options: { recompute?: boolean } = {}): Promise<StoredAlignment> {
  const existing = await findAlignment(db, from.id, to.id);
  if (existing && !options.recompute) return existing;
  await db.$transaction(async (tx) => {
    // Two first views of one comparison must not both store pairs.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`alignment:${from.id}:${to.id}`}))`;
    const current = await findAlignment(tx, from.id, to.id);
    if (current && !options.recompute) return;
    const pairs = alignArticles(from.articles, to.articles, {
      fixed: confirmedPairings(current),
      language: { from: from.language, to: to.language },
    });
    await storeAlignment(tx, from.id, to.id, pairs);
  });
  return (await findAlignment(db, from.id, to.id))!;
}
