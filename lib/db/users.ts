import type { Db } from "./client";
import type { OrganizationKind } from "./generated/prisma/enums";
import { effectiveRole, type Actor, type Role } from "../auth/permissions";

export interface SessionUser { id: string; name: string; email: string; role: Role; organizations: { id: string; name: string; kind: OrganizationKind }[] }

export function findUserByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

export async function getSessionUser(db: Db, id: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id },
    include: { memberships: { include: { organization: true } } },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: effectiveRole(user.memberships.map((m) => m.role)),
    organizations: user.memberships.map((m) => ({ id: m.organization.id, name: m.organization.name, kind: m.organization.kind })),
  };
}

export function actorOf(user: SessionUser): Actor {
  return { kind: "user", id: user.id, role: user.role, organizationIds: user.organizations.map((o) => o.id) };
}

export function listUsersWithMemberships(db: Db) {
  return db.user.findMany({
    orderBy: { name: "asc" },
    include: { memberships: { include: { organization: true }, orderBy: { createdAt: "asc" } } },
  });
}

export function listOrganizations(db: Db) {
  return db.organization.findMany({ orderBy: { name: "asc" } });
}

export function upsertOrganization(db: Db, org: { slug: string; name: string; kind: OrganizationKind }) {
  return db.organization.upsert({ where: { slug: org.slug }, update: { name: org.name, kind: org.kind }, create: org });
}

export interface NewUser { email: string; name: string; passwordHash: string; organizationId: string; role: Role }

export function createUserWithMembership(db: Db, user: NewUser) {
  return db.user.create({
    data: {
      email: user.email.trim().toLowerCase(),
      name: user.name.trim(),
      passwordHash: user.passwordHash,
      memberships: { create: { organizationId: user.organizationId, role: user.role } },
    },
  });
}

export function setMembershipRole(db: Db, membershipId: string, role: Role) {
  return db.membership.update({ where: { id: membershipId }, data: { role } });
}

export function countUsers(db: Db) {
  return db.user.count();
}
