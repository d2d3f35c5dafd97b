import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { announceAnnotationChange } from "../../db/annotation-events";
import { recordRevision } from "../../db/annotations";
import { richTextToPlainText } from "../../rich-text/plain-text";
import { InvalidInputError, parseInput } from "../errors";
import { replySchema } from "./annotation.schema";
import { loadAnnotationFor } from "./load-annotation";

/** A reply in the annotation's thread; it does not change the annotation, so needs no version. */
export async function replyToAnnotation(db: Db, actor: Actor, input: { annotationId: string; body: unknown }) {
  const data = parseInput(replySchema, input);
  await loadAnnotationFor(db, actor, data.annotationId, "annotation:reply");
  if (actor.kind !== "user") throw new InvalidInputError("Replies are written by users.");
  return db.$transaction(async (tx) => {
    const bodyText = richTextToPlainText(data.body);
    const reply = await tx.annotationReply.create({
      data: { annotationId: data.annotationId, authorId: actor.id, body: data.body, bodyText },
      include: { author: { select: { id: true, name: true } } },
    });
    const annotation = await recordRevision(tx, data.annotationId, "REPLIED", actor.id, { before: "", after: bodyText });
    await announceAnnotationChange(tx, { annotationId: annotation.id, draftIds: annotation.anchors.map((a) => a.draftId), change: "replied" });
    return reply;
  });
}
