import { assertCan, can, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { announceAnnotationChange } from "../../db/annotation-events";
import { recordRevision } from "../../db/annotations";
import type { Prisma } from "../../db/generated/prisma/client";
import { NotFoundError } from "../errors";
import { annotationResource } from "./annotation-resource";
import { StaleReplyError } from "./stale-reply-error";

/**
 * Applies its author's change to a reply only if the reply is still at `version`, raises the
 * version, and records the change (the words before and after) in the annotation's history, all
 * in one transaction. A reply, or an annotation, the actor may not see does not exist for them.
 */
export async function changeReply(
  db: Db,
  actor: Actor,
  target: { replyId: string; version: number },
  change: "REPLY_EDITED" | "REPLY_DELETED",
  data: { body: Prisma.InputJsonValue; bodyText: string } | { deletedAt: Date },
) {
  return db.$transaction(async (tx) => {
    const reply = await tx.annotationReply.findFirst({ where: { id: target.replyId, deletedAt: null }, include: { annotation: true } });
    const annotation = reply && annotationResource(reply.annotation);
    if (!reply || !annotation || !can(actor, "annotation:read", annotation)) throw new NotFoundError("That reply does not exist.");
    assertCan(actor, "reply:edit", { replyAuthorId: reply.authorId, annotation });
    const { count } = await tx.annotationReply.updateMany({ where: { id: reply.id, version: target.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      // Another change won while this one waited for it: it is the one to show.
      const current = await tx.annotationReply.findUniqueOrThrow({ where: { id: reply.id } });
      throw current.deletedAt ? new NotFoundError("That reply was deleted in the meantime.") : new StaleReplyError(current);
    }
    const words = { before: reply.bodyText, after: "bodyText" in data ? data.bodyText : "" };
    const changed = await recordRevision(tx, reply.annotationId, change, actor.kind === "user" ? actor.id : null, words);
    await announceAnnotationChange(tx, { annotationId: changed.id, draftIds: changed.anchors.map((a) => a.draftId), change: "replied" });
    return tx.annotationReply.findUniqueOrThrow({ where: { id: reply.id } });
  });
}
