import { assertCan, can, type Action, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { findAnnotation } from "../../db/annotations";
import type { Prisma } from "../../db/generated/prisma/client";
import { NotFoundError } from "../errors";
import { annotationResource } from "./annotation-resource";

/** The annotation, if `actor` may do `action` on it; one they may not see does not exist for them. */
export async function loadAnnotationFor(db: Db | Prisma.TransactionClient, actor: Actor, annotationId: string, action: Action) {
  const annotation = await findAnnotation(db, annotationId);
  if (!annotation || !can(actor, "annotation:read", annotationResource(annotation))) throw new NotFoundError("That annotation does not exist.");
  assertCan(actor, action, annotationResource(annotation));
  return annotation;
}
