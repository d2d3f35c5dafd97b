import type { Actor } from "../../auth/permissions";
import { placedAnchorOn, visibleWhere } from "../../db/annotations";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/prisma/client";
import { replaceSubmissionItems } from "../../db/submissions";
import { InvalidInputError, parseInput } from "../errors";
import { loadSubmissionFor } from "./load-submission";
import { StaleSubmissionError } from "./stale-submission-error";
import { saveSubmissionSchema, type SaveSubmissionInput } from "./submission.schema";

/**
 * Saves title, signatories, introduction and the annotations in their order, in one transaction,
 * only if nobody saved since `version`. Annotations the editor cannot see stay in the submission
 * where they were (a colleague's private note is theirs to include), so a save never drops them.
 * One orphaned in the draft since it was put in may stay (the exports mark it "Not found in this
 * draft"), but none can be added: there is no clause here to submit it on.
 */
export async function saveSubmission(db: Db, actor: Actor, input: SaveSubmissionInput) {
  const data = parseInput(saveSubmissionSchema, input);
  const submission = await loadSubmissionFor(db, actor, data.submissionId, "submission:edit");
  const seen = await db.annotation.findMany({
    where: {
      AND: [
        visibleWhere(actor),
        { id: { in: data.annotationIds } },
        { OR: [{ anchors: { some: placedAnchorOn(submission.draftId) } }, { submissionItems: { some: { submissionId: submission.id } } }] },
      ],
    },
    select: { id: true },
  });
  if (seen.length !== data.annotationIds.length) {
    throw new InvalidInputError("Some of the annotations chosen are not on words of this draft or no longer exist. Reload the submission and choose again.");
  }
  const unseen = await unseenItems(db, actor, submission.id);
  return db.$transaction(async (tx) => {
    const { count } = await tx.submission.updateMany({
      where: { id: submission.id, version: data.version },
      data: {
        title: data.title,
        signatories: data.signatories,
        introduction: data.introduction ?? Prisma.DbNull,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const current = await tx.submission.findUniqueOrThrow({ where: { id: submission.id }, select: { version: true } });
      throw new StaleSubmissionError(current.version);
    }
    await replaceSubmissionItems(tx, submission.id, keepUnseen(data.annotationIds, unseen));
    return tx.submission.findUniqueOrThrow({ where: { id: submission.id }, select: { id: true, version: true } });
  });
}

/** The submission's annotations `actor` may not see, with their places. */
async function unseenItems(db: Db, actor: Actor, submissionId: string) {
  return db.submissionItem.findMany({
    where: { submissionId, annotation: { NOT: visibleWhere(actor) } },
    orderBy: { position: "asc" },
    select: { annotationId: true, position: true },
  });
}

/** The editor's order, with each unseen annotation put back at its old place. */
function keepUnseen(ids: readonly string[], unseen: readonly { annotationId: string; position: number }[]): string[] {
  const order = [...ids];
  for (const item of unseen) order.splice(Math.min(item.position, order.length), 0, item.annotationId);
  return order;
}
