import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { InvalidInputError, NotFoundError, parseInput } from "../errors";
import { createSubmissionSchema, type CreateSubmissionInput } from "./submission.schema";

/**
 * Starts a submission on a draft, owned by the author's organisation (its analysts edit it with
 * them). Without signatories given, the organisation signs.
 */
export async function createSubmission(db: Db, actor: Actor, input: CreateSubmissionInput) {
  assertCan(actor, "submission:create");
  if (actor.kind !== "user") throw new InvalidInputError("Submissions are written by users, not from the command line.");
  const data = parseInput(createSubmissionSchema, input);
  const draft = await db.draft.findUnique({ where: { id: data.draftId }, select: { id: true } });
  if (!draft) throw new NotFoundError("That draft does not exist.");
  const organizationId = actor.organizationIds[0] ?? null;
  const organization = organizationId ? await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } }) : null;
  return db.submission.create({
    data: {
      draftId: draft.id,
      title: data.title,
      signatories: data.signatories.length > 0 ? data.signatories : organization ? [organization.name] : [],
      organizationId,
      createdById: actor.id,
    },
  });
}
