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
  | "annotation:edit";

/** What the annotation rules look at: who wrote it, for whom, and whether it still exists. */
export interface AnnotationResource {
  authorId: string;
  organizationId: string | null;
  visibility: "PRIVATE" | "ORGANIZATION" | "PUBLIC";
  deleted: boolean;
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
};

/**
 * Whether `actor` may do `action`, on `annotation` for the annotation actions that concern one.
 * Visibility binds everyone, admins included: private means the author alone, organisation means
 * the members of the author's organisation, public means every signed-in user.
 */
export function can(actor: Actor | null, action: Action, annotation?: AnnotationResource): boolean {
  if (!actor) return false;
  if (actor.kind === "operator") return true;
  if (RANK[actor.role] < RANK[MINIMUM_ROLE[action]]) return false;
  if (!annotation) return !ANNOTATION_ACTIONS.has(action) || action === "annotation:create";
  if (!canSee(actor, annotation)) return false;
  // Only the author edits or deletes; anyone who may see it and annotate may reply or resolve.
  return action !== "annotation:edit" || annotation.authorId === actor.id;
}

const ANNOTATION_ACTIONS = new Set<Action>(["annotation:read", "annotation:reply", "annotation:resolve", "annotation:edit"]);

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
};

export function assertCan(actor: Actor | null, action: Action, annotation?: AnnotationResource): void {
  if (!can(actor, action, annotation)) throw new ForbiddenError(action);
}
