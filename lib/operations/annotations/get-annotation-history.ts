import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { loadAnnotationFor } from "./load-annotation";

/** Every change to an annotation, oldest first, for whoever may see it. */
export async function getAnnotationHistory(db: Db, actor: Actor, annotationId: string) {
  await loadAnnotationFor(db, actor, annotationId, "annotation:read");
  return db.annotationRevision.findMany({
    where: { annotationId },
    orderBy: [{ createdAt: "asc" }, { version: "asc" }],
    include: { editor: { select: { id: true, name: true } } },
  });
}
