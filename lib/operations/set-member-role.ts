import { z } from "zod";
import type { Db } from "../db/client";
import { setMembershipRole } from "../db/users";
import { assertCan, ROLES, type Actor } from "../auth/permissions";
import { InvalidInputError } from "./errors";

export const setMemberRoleSchema = z.object({ membershipId: z.string().min(1), role: z.enum(ROLES, "Choose a role.") });

/** Changes a member's role; an admin cannot demote themselves, so an instance always keeps an admin. */
export async function setMemberRole(db: Db, actor: Actor, input: z.input<typeof setMemberRoleSchema>) {
  assertCan(actor, "user:manage");
  const checked = setMemberRoleSchema.safeParse(input);
  if (!checked.success) throw new InvalidInputError(z.prettifyError(checked.error));
  const membership = await db.membership.findUnique({ where: { id: checked.data.membershipId } });
  if (!membership) throw new InvalidInputError("That membership no longer exists.");
  if (actor.kind === "user" && membership.userId === actor.id && checked.data.role !== "ADMIN") {
    throw new InvalidInputError("You cannot remove your own admin role; ask another admin.");
  }
  return setMembershipRole(db, membership.id, checked.data.role);
}
