import type { Actor } from "../../auth/permissions";
import { listDraftAnnotations } from "../../db/annotations";
import type { Db } from "../../db/client";
import { clauseOf } from "../../drafts/enclosing-article";

/** An annotation that could go into a submission, as the builder lists and filters it. */
export interface SubmissionCandidate {
  id: string;
  /** "Article 26", or null for words outside any article (the preamble) or no longer found. */
  article: string | null;
  /** False when its words are no longer found in this draft: it may stay in a submission, not be added to one. */
  placed: boolean;
  /** The article's place in the draft, to list candidates in reading order. */
  articleOrder: number;
  provisionLabel: string | null;
  quote: string;
  proposedText: string | null;
  excerpt: string;
  tags: { slug: string; name: string }[];
  stance: string;
  sourceKind: string;
  sourceOrganization: string | null;
  status: string;
  visibility: string;
  author: string;
  organization: { id: string; name: string } | null;
}

const EXCERPT_CHARACTERS = 240;

/**
 * Every annotation on words of the draft that `actor` may see, in the order of the clauses they
 * are on. Those orphaned in this draft are left out (there is no clause here to submit them on)
 * unless they are among `included`, a submission's annotations: the exports still hold them, so
 * its builder shows them too, marked as not placed, for the authors to keep or remove.
 */
export async function listSubmissionCandidates(db: Db, actor: Actor, draftId: string, included: readonly string[] = []): Promise<SubmissionCandidate[]> {
  const [annotations, provisions] = await Promise.all([
    listDraftAnnotations(db, actor, draftId),
    db.provision.findMany({ where: { draftId }, select: { id: true, parentId: true, kind: true, label: true, ordinal: true } }),
  ]);
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const kept = new Set(included);
  const candidates = annotations.flatMap((annotation) => {
    const placed = annotation.anchors.some(isPlaced);
    if (!placed && !kept.has(annotation.id)) return [];
    const anchor = annotation.anchors[0];
    const provision = anchor?.provisionId ? byId.get(anchor.provisionId) : undefined;
    const { article, provisionLabel } = clauseOf(provision, byId);
    return {
      id: annotation.id,
      article: article?.label ?? null,
      placed,
      articleOrder: article?.ordinal ?? provision?.ordinal ?? Number.MAX_SAFE_INTEGER,
      provisionLabel,
      quote: anchor?.exact ?? "",
      proposedText: annotation.proposedText,
      excerpt: annotation.bodyText.length > EXCERPT_CHARACTERS ? `${annotation.bodyText.slice(0, EXCERPT_CHARACTERS - 1)}…` : annotation.bodyText,
      tags: annotation.tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name })),
      stance: annotation.stance,
      sourceKind: annotation.sourceKind,
      sourceOrganization: annotation.sourceOrganization,
      status: annotation.status,
      visibility: annotation.visibility,
      author: annotation.author.name,
      organization: annotation.organization,
    };
  });
  return candidates.sort((a, b) => a.articleOrder - b.articleOrder);
}

function isPlaced(anchor: { provisionId: string | null; status: string }): boolean {
  return anchor.provisionId !== null && anchor.status !== "ORPHANED";
}
