import type { Db } from "../db/client";
import { setMembershipRole } from "../db/users";
import { assertCan, type Actor } from "../auth/permissions";
import { InvalidInputError, parseInput } from "./errors";
import { setMemberRoleSchema, type SetMemberRoleInput } from "./set-member-role.schema";

/** Changes a member's role; an admin cannot demote themselves, so an instance always keeps an admin. */
export async function setMemberRole(db: Db, actor: Actor, input: SetMemberRoleInput) {
  assertCan(actor, "user:manage");
  const data = parseInput(setMemberRoleSchema, input);
  const membership = await db.membership.findUnique({ where: { id: data.membershipId } });
  if (!membership) throw new InvalidInputError("That membership no longer exists.");
  if (actor.kind === "user" && membership.userId === actor.id && data.role !== "ADMIN") {
    throw new InvalidInputError("You cannot remove your own admin role; ask another admin.");
  }
  return setMembershipRole(db, membership.id, data.role);
}
