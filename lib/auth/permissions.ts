// The one rule set: every page, action, API route and script asks `can` before it reads or writes.

export const ROLES = ["ADMIN", "EDITOR", "ANALYST", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

/** Whoever acts: a signed-in user, or the operator running a command with the database's credentials. */
export type Actor =
  | { kind: "user"; id: string; role: Role; organizationIds: string[] }
  | { kind: "operator" };

export const OPERATOR: Actor = { kind: "operator" };

export type Action = "draft:read" | "draft:import" | "alignment:edit" | "user:manage";

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, EDITOR: 2, ADMIN: 3 };

const MINIMUM_ROLE: Record<Action, Role> = {
  "draft:read": "VIEWER",
  "draft:import": "EDITOR",
  "alignment:edit": "EDITOR",
  "user:manage": "ADMIN",
};

export function can(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  if (actor.kind === "operator") return true;
  return RANK[actor.role] >= RANK[MINIMUM_ROLE[action]];
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
};

export function assertCan(actor: Actor | null, action: Action): void {
  if (!can(actor, action)) throw new ForbiddenError(action);
}
