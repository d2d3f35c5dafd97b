import type { Actor } from "../auth/permissions";
import type { Db } from "./client";
import { visibleWhere } from "./annotations";
import { Prisma } from "./generated/prisma/client";

// Full-text search over drafts and annotations with PostgreSQL's `simple` configuration: no
// stemming, so Vietnamese (syllables with their diacritics) and every other script are matched
// word for word. Arabic terms also match behind the clitics written onto a word ("الضمانات" finds
// "والضمانات"): `search_query` (migration 20261125040000_arabic_search) widens them. Arabic
// spellings are normalised on both sides by `arabic_normalize` (hamza on alef, alef maqsura, taa
// marbuta, tatweel, harakat; migration 20261203141244_arabic_normalisation), and `search_headline`
// marks the words as written that the normalised query matched. Matches come
// back marked with these two characters, which no draft contains, so that the page can highlight
// them without writing HTML.

export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

// The documents searched, exactly as migration 20261203141244_arabic_normalisation indexes them: the
// index serves only a query that spells the same expression (p is the provision, a the annotation).
export const PROVISION_DOCUMENT = Prisma.sql`to_tsvector('simple', arabic_normalize(coalesce(p."heading", '') || ' ' || p."text"))`;
export const ANNOTATION_DOCUMENT = Prisma.sql`to_tsvector('simple', arabic_normalize(a."bodyText" || ' ' || coalesce(a."proposedText", '')))`;

export interface ProvisionHit { id: string; draftId: string; draftTitle: string; language: string; kind: string; label: string | null; heading: string | null; snippet: string }

export function searchProvisions(db: Db, query: string, limit = 30): Promise<ProvisionHit[]> {
  return db.$queryRaw<ProvisionHit[]>`
    SELECT p.id, p."draftId", d.title AS "draftTitle", d.language, p.kind::text AS kind, p.label, p.heading,
           search_headline(coalesce(p.heading, '') || ' ' || p.text, q, ${HEADLINE}) AS snippet
    FROM "Provision" p
    JOIN "Draft" d ON d.id = p."draftId",
         search_query(${query}) q
    WHERE ${PROVISION_DOCUMENT} @@ q
    ORDER BY ts_rank(${PROVISION_DOCUMENT}, q) DESC, d.position DESC, p.ordinal
    LIMIT ${limit}`;
}

function matchingAnnotations(db: Db, query: string, count: number, offset: number) {
  return db.$queryRaw<{ id: string; snippet: string }[]>`
    SELECT a.id, search_headline(a."bodyText" || ' ' || coalesce(a."proposedText", ''), q, ${HEADLINE}) AS snippet
    FROM "Annotation" a, search_query(${query}) q
    WHERE a."deletedAt" IS NULL
      AND ${ANNOTATION_DOCUMENT} @@ q
    ORDER BY ts_rank(${ANNOTATION_DOCUMENT}, q) DESC, a."createdAt" DESC, a.id
    LIMIT ${count} OFFSET ${offset}`;
}

/**
 * Matching annotations the actor may see: the text search proposes, the visibility rule disposes.
 * Matches come in batches until enough are visible, so that others' hidden annotations ranking
 * first never crowd out what the reader may see.
 */
export async function searchAnnotations(db: Db, actor: Actor, query: string, limit = 30) {
  const batch = limit * 4;
  const results = [];
  for (let offset = 0; results.length < limit; offset += batch) {
    const matches = await matchingAnnotations(db, query, batch, offset);
    const visible = await db.annotation.findMany({
      where: { AND: [visibleWhere(actor), { id: { in: matches.map((m) => m.id) } }] },
      include: { author: { select: { name: true } }, anchors: { orderBy: { createdAt: "asc" }, take: 1, include: { draft: { select: { id: true, title: true } } } } },
    });
    const byId = new Map(visible.map((a) => [a.id, a]));
    results.push(...matches.flatMap((m) => {
      const annotation = byId.get(m.id);
      return annotation ? [{ annotation, snippet: m.snippet }] : [];
    }));
    if (matches.length < batch) break;
  }
  return results.slice(0, limit);
}
