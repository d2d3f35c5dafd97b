import type { Actor } from "../auth/permissions";
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The database side of the submission rule in lib/auth/permissions.ts `can`: the two must agree. */
export function visibleSubmissionsWhere(actor: Actor): Prisma.SubmissionWhereInput {
  if (actor.kind === "operator") return {};
  return { OR: [{ createdById: actor.id }, { organizationId: { in: actor.organizationIds } }] };
}

export const submissionInclude = {
  draft: { select: { id: true, title: true, symbol: true, date: true, language: true } },
  organization: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  items: { orderBy: { position: "asc" }, select: { annotationId: true, position: true } },
} as const satisfies Prisma.SubmissionInclude;

export type SubmissionRecord = Prisma.SubmissionGetPayload<{ include: typeof submissionInclude }>;

export function findSubmission(db: Db | Tx, id: string) {
  return db.submission.findUnique({ where: { id }, include: submissionInclude });
}

/** The submissions `actor` may see, on one draft or all, last changed first. */
export function listSubmissions(db: Db, actor: Actor, draftId?: string) {
  return db.submission.findMany({
    where: { AND: [visibleSubmissionsWhere(actor), draftId ? { draftId } : {}] },
    orderBy: { updatedAt: "desc" },
    include: { draft: { select: { id: true, title: true, language: true } }, organization: { select: { name: true } }, _count: { select: { items: true } } },
  });
}

/** Puts the annotations in the submission in the order given, replacing what was there. Call inside a transaction. */
export async function replaceSubmissionItems(tx: Tx, submissionId: string, annotationIds: readonly string[]) {
  await tx.submissionItem.deleteMany({ where: { submissionId } });
  await tx.submissionItem.createMany({ data: annotationIds.map((annotationId, position) => ({ submissionId, annotationId, position })) });
}
