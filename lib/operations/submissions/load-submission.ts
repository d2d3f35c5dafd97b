import { assertCan, can, type Action, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/prisma/client";
import { findSubmission } from "../../db/submissions";
import { NotFoundError } from "../errors";
import { submissionResource } from "./submission-resource";

/** The submission, if `actor` may do `action` on it; one they may not see does not exist for them. */
export async function loadSubmissionFor(db: Db | Prisma.TransactionClient, actor: Actor, submissionId: string, action: Action) {
  const submission = await findSubmission(db, submissionId);
  if (!submission || !can(actor, "submission:read", submissionResource(submission))) throw new NotFoundError("That submission does not exist.");
  assertCan(actor, action, submissionResource(submission));
  return submission;
}
