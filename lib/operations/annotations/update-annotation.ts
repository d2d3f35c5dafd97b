import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/prisma/client";
import { richTextToPlainText } from "../../rich-text/plain-text";
import { parseInput } from "../errors";
import { updateAnnotationSchema, type UpdateAnnotationInput } from "./annotation.schema";
import { changeAnnotation } from "./change-annotation";
import { connectTags } from "./connect-tags";
import { loadAnnotationFor } from "./load-annotation";

/** The author changes their annotation; based on an older version, the edit is refused (StaleEditError). */
export async function updateAnnotation(db: Db, actor: Actor, input: UpdateAnnotationInput) {
  const data = parseInput(updateAnnotationSchema, input);
  await loadAnnotationFor(db, actor, data.annotationId, "annotation:edit");
  const fields: Prisma.AnnotationUpdateManyMutationInput = {
    ...(data.body && { body: data.body, bodyText: richTextToPlainText(data.body) }),
    ...(data.stance && { stance: data.stance }),
    ...(data.visibility && { visibility: data.visibility }),
    ...(data.sourceKind && { sourceKind: data.sourceKind }),
    ...(data.sourceOrganization !== undefined && { sourceOrganization: data.sourceOrganization || null }),
    ...(data.proposedText !== undefined && { proposedText: data.proposedText || null }),
  };
  return changeAnnotation(db, actor, data, "EDITED", fields, data.tags ? (tx) => connectTags(tx, data.annotationId, data.tags!) : undefined);
}
