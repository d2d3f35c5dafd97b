import type { Actor } from "../auth/permissions";
import type { Db } from "./client";
import type { AnnotationAnchor, Prisma } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The database side of the visibility rule in lib/auth/permissions.ts `can`: the two must agree. */
export function visibleWhere(actor: Actor): Prisma.AnnotationWhereInput {
  if (actor.kind === "operator") return { deletedAt: null };
  return {
    deletedAt: null,
    OR: [
      { authorId: actor.id },
      { visibility: "PUBLIC" },
      { visibility: "ORGANIZATION", organizationId: { in: actor.organizationIds } },
    ],
  };
}

/** Anchors that still stand on words of the draft: not orphaned by a carry-forward. */
export function placedAnchorOn(draftId: string): Prisma.AnnotationAnchorWhereInput {
  return { draftId, provisionId: { not: null }, status: { not: "ORPHANED" } };
}

export const annotationInclude = {
  author: { select: { id: true, name: true } },
  organization: { select: { id: true, name: true } },
  tags: { include: { tag: true } },
  anchors: true,
  replies: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
} as const satisfies Prisma.AnnotationInclude;

export type AnnotationRecord = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

export function findAnnotation(db: Db | Tx, id: string) {
  return db.annotation.findUnique({ where: { id }, include: annotationInclude });
}

export interface AnnotationFilter {
  tags?: string[];
  sourceKind?: Prisma.AnnotationWhereInput["sourceKind"];
  stance?: Prisma.AnnotationWhereInput["stance"];
  authorId?: string;
  organizationId?: string;
  status?: Prisma.AnnotationWhereInput["status"];
}

function draftAnnotationsWhere(actor: Actor, draftId: string, filter: AnnotationFilter): Prisma.AnnotationWhereInput {
  return {
    AND: [
      visibleWhere(actor),
      { anchors: { some: { draftId } } },
      filter.tags?.length ? { tags: { some: { tag: { slug: { in: filter.tags } } } } } : {},
      filter.sourceKind ? { sourceKind: filter.sourceKind } : {},
      filter.stance ? { stance: filter.stance } : {},
      filter.authorId ? { authorId: filter.authorId } : {},
      filter.organizationId ? { organizationId: filter.organizationId } : {},
      filter.status ? { status: filter.status } : {},
    ],
  };
}

/** The annotations on a draft that `actor` may see, oldest first, narrowed by the margin's filters. */
export function listDraftAnnotations(db: Db, actor: Actor, draftId: string, filter: AnnotationFilter = {}) {
  return db.annotation.findMany({
    where: draftAnnotationsWhere(actor, draftId, filter),
    orderBy: { createdAt: "asc" },
    include: { ...annotationInclude, anchors: { where: { draftId } } },
  });
}

/**
 * Only the anchors on a draft of the annotations `actor` may see, with their authors, oldest first:
 * enough for highlights, counts and filters, and cheap with thousands of annotations (bodies and
 * threads are not read).
 */
export async function listDraftAnchors(db: Db, actor: Actor, draftId: string, filter: AnnotationFilter = {}) {
  // Who may see what is decided by the Prisma query; the draft's anchors are read in plain SQL
  // and kept for those annotations only. Prisma reads nested relations as a query each and joins
  // them in JavaScript, which with thousands of annotations cost twice as much.
  const [annotations, anchors] = await Promise.all([
    db.annotation.findMany({ where: draftAnnotationsWhere(actor, draftId, filter), orderBy: { createdAt: "asc" }, select: { id: true, authorId: true, organizationId: true } }),
    db.$queryRaw<Pick<AnnotationAnchor, "annotationId" | "provisionId" | "start" | "end" | "status">[]>`
      SELECT "annotationId", "provisionId", "start", "end", "status"::text AS "status" FROM "AnnotationAnchor" WHERE "draftId" = ${draftId}`,
  ]);
  const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
  const [authors, organizations] = await Promise.all([
    db.user.findMany({ where: { id: { in: distinct(annotations.map((a) => a.authorId)) } }, select: { id: true, name: true } }),
    db.organization.findMany({ where: { id: { in: distinct(annotations.map((a) => a.organizationId)) } }, select: { id: true, name: true } }),
  ]);
  const authorById = new Map(authors.map((author) => [author.id, author]));
  const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
  const anchorByAnnotation = new Map(anchors.map(({ annotationId, ...anchor }) => [annotationId, anchor]));
  return annotations.flatMap(({ id, authorId, organizationId }) => {
    const anchor = anchorByAnnotation.get(id);
    const author = authorById.get(authorId);
    if (!anchor || !author) return [];
    return [{ id, author, organization: organizationId ? organizationById.get(organizationId) ?? null : null, anchors: [anchor] }];
  });
}

/** Whole annotations, those of `ids` that `actor` may see, oldest first, with their anchor on one draft. */
export function listAnnotationsById(db: Db, actor: Actor, draftId: string, ids: readonly string[]) {
  return db.annotation.findMany({
    where: { AND: [visibleWhere(actor), { id: { in: [...ids] } }] },
    orderBy: { createdAt: "asc" },
    include: { ...annotationInclude, anchors: { where: { draftId } } },
  });
}

/**
 * When each annotation of `ids` last changed: its latest revision (an edit, a reply, a status, a
 * carry). Tells whether cards loaded earlier still show it as it is; says nothing of its content.
 */
export async function lastChangedAt(db: Db, ids: readonly string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const latest = await db.annotationRevision.groupBy({ by: ["annotationId"], where: { annotationId: { in: [...ids] } }, _max: { createdAt: true } });
  return new Map(latest.flatMap(({ annotationId, _max }) => (_max.createdAt ? [[annotationId, _max.createdAt] as const] : [])));
}

/** What a revision keeps: the annotation as it was after a change. */
export function annotationSnapshot(
  annotation: Pick<AnnotationRecord, "visibility" | "stance" | "status" | "sourceKind" | "sourceOrganization" | "body" | "proposedText" | "deletedAt"> & { tags: { tag: { slug: string } }[] },
): Prisma.InputJsonValue {
  return {
    visibility: annotation.visibility,
    stance: annotation.stance,
    status: annotation.status,
    sourceKind: annotation.sourceKind,
    sourceOrganization: annotation.sourceOrganization,
    body: annotation.body as Prisma.InputJsonValue,
    proposedText: annotation.proposedText,
    tags: annotation.tags.map((t) => t.tag.slug),
    deleted: annotation.deletedAt !== null,
  };
}

/** A reply's words before and after a change to it ("" when it had none or has none now), kept with the revision. */
export interface ReplyChange { before: string; after: string }

export async function recordRevision(
  tx: Tx,
  annotationId: string,
  change: Prisma.AnnotationRevisionCreateInput["change"],
  editorId: string | null,
  reply?: ReplyChange,
): Promise<AnnotationRecord> {
  const current = (await findAnnotation(tx, annotationId))!;
  const snapshot = annotationSnapshot(current) as Prisma.InputJsonObject;
  await tx.annotationRevision.create({
    data: { annotationId, version: current.version, change, editorId, snapshot: reply ? { ...snapshot, reply: { ...reply } } : snapshot },
  });
  return current;
}

// In bulk: a new draft may bring thousands of annotations along, and one query each took minutes.
const REVISION_BATCH = 5_000;

/** One revision for each of many annotations, as they now stand, in batches. */
export async function recordRevisions(
  tx: Tx,
  annotationIds: readonly string[],
  change: Prisma.AnnotationRevisionCreateInput["change"],
  editorId: string | null,
): Promise<void> {
  for (let at = 0; at < annotationIds.length; at += REVISION_BATCH) {
    const annotations = await tx.annotation.findMany({
      where: { id: { in: annotationIds.slice(at, at + REVISION_BATCH) } },
      include: { tags: { include: { tag: { select: { slug: true } } } } },
    });
    await tx.annotationRevision.createMany({
      data: annotations.map((annotation) => ({ annotationId: annotation.id, version: annotation.version, change, editorId, snapshot: annotationSnapshot(annotation) })),
    });
  }
}

export function listTags(db: Db) {
  return db.tag.findMany({ orderBy: { name: "asc" } });
}
