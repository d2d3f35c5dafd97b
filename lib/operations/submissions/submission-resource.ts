import type { SubmissionResource } from "../../auth/permissions";

export function submissionResource(s: { createdById: string; organizationId: string | null }): SubmissionResource {
  return { createdById: s.createdById, organizationId: s.organizationId };
}
