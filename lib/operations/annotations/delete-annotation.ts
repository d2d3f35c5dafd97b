import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { parseInput } from "../errors";
import { annotationVersionSchema } from "./annotation.schema";
import { changeAnnotation } from "./change-annotation";
import { loadAnnotationFor } from "./load-annotation";

/** The author deletes their annotation: hidden from every reader, kept with its history. */
export async function deleteAnnotation(db: Db, actor: Actor, input: { annotationId: string; version: number }) {
  const data = parseInput(annotationVersionSchema, input);
  await loadAnnotationFor(db, actor, data.annotationId, "annotation:edit");
  return changeAnnotation(db, actor, data, "DELETED", { deletedAt: new Date() });
}
