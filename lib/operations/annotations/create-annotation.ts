import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { announceAnnotationChange } from "../../db/annotation-events";
import { findAnnotation, recordRevision } from "../../db/annotations";
import { richTextToPlainText } from "../../rich-text/plain-text";
import { InvalidInputError, NotFoundError, parseInput } from "../errors";
import { createAnnotationSchema, type CreateAnnotationInput } from "./annotation.schema";
import { connectTags } from "./connect-tags";

/** An analyst's annotation on words of one provision, with its first revision, in one transaction. */
export async function createAnnotation(db: Db, actor: Actor, input: CreateAnnotationInput) {
  assertCan(actor, "annotation:create");
  if (actor.kind !== "user") throw new InvalidInputError("Annotations are written by users.");
  const data = parseInput(createAnnotationSchema, input);
  const provision = await db.provision.findUnique({ where: { id: data.target.provisionId } });
  if (!provision || provision.draftId !== data.target.draftId) throw new NotFoundError("That provision is not in this draft.");
  // The server checks the selection against the stored text: a forged or stale quote is refused.
  const { start, end } = data.target.position;
  if (provision.text.slice(start, end) !== data.target.quote.exact) {
    throw new InvalidInputError("The selected words are not in this provision as stored: reload the page and select them again.");
  }
  return db.$transaction(async (tx) => {
    const annotation = await tx.annotation.create({
      data: {
        authorId: actor.id,
        organizationId: actor.organizationIds[0] ?? null,
        visibility: data.visibility,
        stance: data.stance,
        sourceKind: data.sourceKind,
        sourceOrganization: data.sourceOrganization || null,
        body: data.body,
        bodyText: richTextToPlainText(data.body),
        proposedText: data.proposedText || null,
        anchors: {
          create: {
            draftId: provision.draftId,
            provisionId: provision.id,
            status: "ANCHORED",
            exact: data.target.quote.exact,
            prefix: data.target.quote.prefix,
            suffix: data.target.quote.suffix,
            start,
            end,
          },
        },
      },
    });
    await connectTags(tx, annotation.id, data.tags);
    await recordRevision(tx, annotation.id, "CREATED", actor.id);
    await announceAnnotationChange(tx, { annotationId: annotation.id, draftIds: [provision.draftId], change: "created" });
    return (await findAnnotation(tx, annotation.id))!;
  });
}
