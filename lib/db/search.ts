import type { Actor } from "../auth/permissions";
import type { Db } from "./client";
import { visibleWhere } from "./annotations";

// Full-text search over drafts and annotations with PostgreSQL's `simple` configuration: no
// stemming, so Arabic, Vietnamese (syllables with their diacritics) and every other script are
// matched word for word. Matches come back marked with these two characters, which no draft
// contains, so that the page can highlight them without writing HTML.

export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

export interface ProvisionHit { id: string; draftId: string; draftTitle: string; language: string; kind: string; label: string | null; heading: string | null; snippet: string }

export function searchProvisions(db: Db, query: string, limit = 30): Promise<ProvisionHit[]> {
  return db.$queryRaw<ProvisionHit[]>`
    SELECT p.id, p."draftId", d.title AS "draftTitle", d.language, p.kind::text AS kind, p.label, p.heading,
           ts_headline('simple', coalesce(p.heading, '') || ' ' || p.text, q, ${HEADLINE}) AS snippet
    FROM "Provision" p
    JOIN "Draft" d ON d.id = p."draftId",
         websearch_to_tsquery('simple', ${query}) q
    WHERE to_tsvector('simple', coalesce(p.heading, '') || ' ' || p.text) @@ q
    ORDER BY ts_rank(to_tsvector('simple', coalesce(p.heading, '') || ' ' || p.text), q) DESC, d.position DESC, p.ordinal
    LIMIT ${limit}`;
}

/** Matching annotations the actor may see: the text search proposes, the visibility rule disposes. */
export async function searchAnnotations(db: Db, actor: Actor, query: string, limit = 30) {
  const matches = await db.$queryRaw<{ id: string; snippet: string }[]>`
    SELECT a.id, ts_headline('simple', a."bodyText" || ' ' || coalesce(a."proposedText", ''), q, ${HEADLINE}) AS snippet
    FROM "Annotation" a, websearch_to_tsquery('simple', ${query}) q
    WHERE a."deletedAt" IS NULL
      AND to_tsvector('simple', a."bodyText" || ' ' || coalesce(a."proposedText", '')) @@ q
    ORDER BY ts_rank(to_tsvector('simple', a."bodyText" || ' ' || coalesce(a."proposedText", '')), q) DESC, a."createdAt" DESC
    LIMIT ${limit * 4}`;
  const visible = await db.annotation.findMany({
    where: { AND: [visibleWhere(actor), { id: { in: matches.map((m) => m.id) } }] },
    include: { author: { select: { name: true } }, anchors: { orderBy: { createdAt: "asc" }, take: 1, include: { draft: { select: { id: true, title: true } } } } },
  });
  const byId = new Map(visible.map((a) => [a.id, a]));
  return matches.flatMap((m) => {
    const annotation = byId.get(m.id);
    return annotation ? [{ annotation, snippet: m.snippet }] : [];
  }).slice(0, limit);
}
