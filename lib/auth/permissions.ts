// The one rule set: every page, action, API route and script asks `can` before it reads or writes.

export const ROLES = ["ADMIN", "EDITOR", "ANALYST", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

/** Whoever acts: a signed-in user, or the operator running a command with the database's credentials. */
export type Actor =
  | { kind: "user"; id: string; role: Role; organizationIds: string[] }
  | { kind: "operator" };

export const OPERATOR: Actor = { kind: "operator" };

export type Action =
  | "draft:read"
  | "draft:import"
  | "alignment:edit"
  | "user:manage"
  | "tag:manage"
  | "annotation:create"
  | "annotation:read"
  | "annotation:reply"
  | "annotation:resolve"
  | "annotation:edit"
  | "reply:edit"
  | "submission:create"
  | "submission:read"
  | "submission:edit";

/** What the annotation rules look at: who wrote it, for whom, and whether it still exists. */
export interface AnnotationResource {
  authorId: string;
  organizationId: string | null;
  visibility: "PRIVATE" | "ORGANIZATION" | "PUBLIC";
  deleted: boolean;
}

/** What the reply rules look at: who wrote the reply, and the annotation it answers. */
export interface ReplyResource {
  replyAuthorId: string;
  annotation: AnnotationResource;
}

/** What the submission rules look at: who started it and for which organisation. */
export interface SubmissionResource {
  createdById: string;
  organizationId: string | null;
}

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, EDITOR: 2, ADMIN: 3 };

const MINIMUM_ROLE: Record<Action, Role> = {
  "draft:read": "VIEWER",
  "draft:import": "EDITOR",
  "alignment:edit": "EDITOR",
  "user:manage": "ADMIN",
  "tag:manage": "EDITOR",
  "annotation:create": "ANALYST",
  "annotation:read": "VIEWER",
  "annotation:reply": "ANALYST",
  "annotation:resolve": "ANALYST",
  "annotation:edit": "ANALYST",
  "reply:edit": "ANALYST",
  "submission:create": "ANALYST",
  "submission:read": "VIEWER",
  "submission:edit": "ANALYST",
};

/**
 * Whether `actor` may do `action`, on `resource` for the actions that concern one annotation or
 * submission. Visibility binds everyone, admins included: private means the author alone,
 * organisation means the members of the author's organisation, public means every signed-in user.
 * A reply is edited or deleted by its author alone, while they may still see its annotation. A
 * submission belongs to the one who started it and to its organisation's members.
 */
export function can(actor: Actor | null, action: Action, resource?: AnnotationResource | ReplyResource | SubmissionResource): boolean {
  if (!actor) return false;
  if (actor.kind === "operator") return true;
  if (RANK[actor.role] < RANK[MINIMUM_ROLE[action]]) return false;
  if (!resource) return !RESOURCE_ACTIONS.has(action);
  if ("createdById" in resource) return SUBMISSION_ACTIONS.has(action) && belongsTo(actor, resource);
  if ("replyAuthorId" in resource) return action === "reply:edit" && resource.replyAuthorId === actor.id && canSee(actor, resource.annotation);
  if (!ANNOTATION_ACTIONS.has(action) || !canSee(actor, resource)) return false;
  // Only the author edits or deletes; anyone who may see it and annotate may reply or resolve.
  return action !== "annotation:edit" || resource.authorId === actor.id;
}

const ANNOTATION_ACTIONS = new Set<Action>(["annotation:read", "annotation:reply", "annotation:resolve", "annotation:edit"]);
const SUBMISSION_ACTIONS = new Set<Action>(["submission:read", "submission:edit"]);
const RESOURCE_ACTIONS = new Set<Action>([...ANNOTATION_ACTIONS, ...SUBMISSION_ACTIONS, "reply:edit"]);

function belongsTo(actor: Extract<Actor, { kind: "user" }>, submission: SubmissionResource): boolean {
  return submission.createdById === actor.id || (submission.organizationId !== null && actor.organizationIds.includes(submission.organizationId));
}

function canSee(actor: Extract<Actor, { kind: "user" }>, annotation: AnnotationResource): boolean {
  if (annotation.deleted) return false;
  if (annotation.authorId === actor.id) return true;
  if (annotation.visibility === "PUBLIC") return true;
  return annotation.visibility === "ORGANIZATION" && annotation.organizationId !== null && actor.organizationIds.includes(annotation.organizationId);
}

/** A user's role across organisations: the highest of their memberships, VIEWER without any. */
export function effectiveRole(roles: readonly Role[]): Role {
  return roles.reduce<Role>((best, role) => (RANK[role] > RANK[best] ? role : best), "VIEWER");
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action) {
    super(`You do not have permission to ${ACTION_WORDS[action]}.`);
  }
}

const ACTION_WORDS: Record<Action, string> = {
  "draft:read": "read drafts",
  "draft:import": "import drafts (editors and admins only)",
  "alignment:edit": "correct alignments (editors and admins only)",
  "user:manage": "manage users (admins only)",
  "tag:manage": "manage the tags (editors and admins only)",
  "annotation:create": "annotate (analysts, editors and admins)",
  "annotation:read": "see this annotation",
  "annotation:reply": "reply to this annotation",
  "annotation:resolve": "resolve or reopen this annotation",
  "annotation:edit": "change this annotation (its author only)",
  "reply:edit": "change this reply (its author only)",
  "submission:create": "write submissions (analysts, editors and admins)",
  "submission:read": "see this submission (its organisation only)",
  "submission:edit": "change this submission (its organisation's analysts only)",
};

export function assertCan(actor: Actor | null, action: Action, resource?: AnnotationResource | ReplyResource | SubmissionResource): void {
  if (!can(actor, action, resource)) throw new ForbiddenError(action);
}
