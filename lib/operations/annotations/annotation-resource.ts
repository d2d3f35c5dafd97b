import type { AnnotationResource } from "../../auth/permissions";

export function annotationResource(a: { authorId: string; organizationId: string | null; visibility: AnnotationResource["visibility"]; deletedAt: Date | null }): AnnotationResource {
  return { authorId: a.authorId, organizationId: a.organizationId, visibility: a.visibility, deleted: a.deletedAt !== null };
}
