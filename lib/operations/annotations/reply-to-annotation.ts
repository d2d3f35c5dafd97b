import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
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
    const reply = await tx.annotationReply.create({
      data: { annotationId: data.annotationId, authorId: actor.id, body: data.body, bodyText: richTextToPlainText(data.body) },
      include: { author: { select: { id: true, name: true } } },
    });
    await recordRevision(tx, data.annotationId, "REPLIED", actor.id);
    return reply;
  });
}
