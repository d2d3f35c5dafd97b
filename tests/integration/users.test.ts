import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor, type Role } from "../../lib/auth/permissions";
import { verifyPassword } from "../../lib/auth/password";
import { actorOf, getSessionUser } from "../../lib/db/users";
import { createUser } from "../../lib/operations/create-user";
import { InvalidInputError } from "../../lib/operations/errors";
import { setMemberRole } from "../../lib/operations/set-member-role";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

describe("managing users", () => {
  let t: TestDatabase;
  let organizationId: string;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase();
    organizationId = (await t.db.organization.create({ data: { slug: "ngo", name: "An NGO", kind: "NGO" } })).id;
    const adminUser = await t.db.user.create({
      data: { email: "admin@test.example", name: "Admin", passwordHash: "x", memberships: { create: { organizationId, role: "ADMIN" } } },
    });
    admin = actorOf((await getSessionUser(t.db, adminUser.id))!);
  });
  afterAll(() => t.drop());

  const input = (email: string, role: Role = "ANALYST") => ({ name: "Ana Lyst", email, organizationId, role, password: "long-enough-password" });

  it("lets an admin create a user with a hashed password and a role in one organisation", async () => {
    const user = await createUser(t.db, admin, input("  Ana@Test.Example "));
    expect(user.email).toBe("ana@test.example");
    expect(await verifyPassword("long-enough-password", user.passwordHash)).toBe(true);
    const session = await getSessionUser(t.db, user.id);
    expect(session).toMatchObject({ role: "ANALYST", organizations: [{ id: organizationId, name: "An NGO" }] });
  });

  it("refuses a duplicate email, a short password and an unknown role with clear messages", async () => {
    await expect(createUser(t.db, admin, input("ana@test.example"))).rejects.toThrow("already exists");
    await expect(createUser(t.db, admin, { ...input("b@test.example"), password: "short" })).rejects.toThrow("at least 10 characters");
    await expect(createUser(t.db, admin, { ...input("c@test.example"), role: "OWNER" as Role })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await t.db.user.count()).toBe(2);
  });

  it.each(["EDITOR", "ANALYST", "VIEWER"] as const)("refuses a %s", async (role) => {
    const actor: Actor = { kind: "user", id: "someone", role, organizationIds: [organizationId] };
    await expect(createUser(t.db, actor, input(`${role}@test.example`))).rejects.toBeInstanceOf(ForbiddenError);
    const membership = await t.db.membership.findFirstOrThrow({ where: { user: { email: "ana@test.example" } } });
    await expect(setMemberRole(t.db, actor, { membershipId: membership.id, role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an admin change a role, but not remove their own admin role", async () => {
    const membership = await t.db.membership.findFirstOrThrow({ where: { user: { email: "ana@test.example" } } });
    await setMemberRole(t.db, admin, { membershipId: membership.id, role: "EDITOR" });
    expect((await getSessionUser(t.db, membership.userId))?.role).toBe("EDITOR");
    const own = await t.db.membership.findFirstOrThrow({ where: { userId: admin.kind === "user" ? admin.id : "" } });
    await expect(setMemberRole(t.db, admin, { membershipId: own.id, role: "VIEWER" })).rejects.toThrow("your own admin role");
  });

  it("treats a disabled account as signed out", async () => {
    const user = await t.db.user.update({ where: { email: "ana@test.example" }, data: { disabled: true } });
    expect(await getSessionUser(t.db, user.id)).toBeNull();
  });
});
