import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { announceAnnotationChange } from "../../db/annotation-events";
import { findAnnotation, recordRevision, type AnnotationRecord } from "../../db/annotations";
import type { Prisma } from "../../db/generated/prisma/client";
import { StaleEditError } from "./stale-edit-error";

type Change = Prisma.AnnotationRevisionCreateInput["change"];

/**
 * Applies a change to an annotation only if it is still at `version`, raises the version, and
 * records the revision, all in one transaction: of concurrent edits on one version, exactly one wins.
 */
export async function changeAnnotation(
  db: Db,
  actor: Actor,
  target: { annotationId: string; version: number },
  change: Change,
  data: Prisma.AnnotationUpdateManyMutationInput,
  after?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<AnnotationRecord> {
  return db.$transaction(async (tx) => {
    const before = data.visibility ? await tx.annotation.findUnique({ where: { id: target.annotationId }, select: { visibility: true } }) : null;
    const { count } = await tx.annotation.updateMany({
      where: { id: target.annotationId, version: target.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleEditError((await findAnnotation(tx, target.annotationId))!);
    if (after) await after(tx);
    const changed = await recordRevision(tx, target.annotationId, change, actor.kind === "user" ? actor.id : null);
    await announceAnnotationChange(tx, {
      annotationId: changed.id,
      draftIds: changed.anchors.map((a) => a.draftId),
      change: change === "DELETED" ? "deleted" : "changed",
      ...(before && before.visibility !== changed.visibility && { visibleBefore: before.visibility }),
    });
    return changed;
  });
}
