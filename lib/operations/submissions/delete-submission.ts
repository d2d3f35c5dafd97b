import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { parseInput } from "../errors";
import { loadSubmissionFor } from "./load-submission";
import { StaleSubmissionError } from "./stale-submission-error";
import { submissionVersionSchema } from "./submission.schema";

/** Deletes a submission (never its annotations), only if nobody saved it since `version`. */
export async function deleteSubmission(db: Db, actor: Actor, input: { submissionId: string; version: number }) {
  const data = parseInput(submissionVersionSchema, input);
  const submission = await loadSubmissionFor(db, actor, data.submissionId, "submission:edit");
  const { count } = await db.submission.deleteMany({ where: { id: submission.id, version: data.version } });
  if (count === 0) throw new StaleSubmissionError(submission.version);
}
