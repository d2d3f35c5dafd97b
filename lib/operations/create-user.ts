import type { Db } from "../db/client";
import { createUserWithMembership, findUserByEmail } from "../db/users";
import { hashPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/permissions";
import { createUserSchema, type CreateUserInput } from "./create-user.schema";
import { InvalidInputError, parseInput } from "./errors";

/** An admin creates an account with an initial password, in one organisation with one role. */
export async function createUser(db: Db, actor: Actor, input: CreateUserInput) {
  assertCan(actor, "user:manage");
  const data = parseInput(createUserSchema, input);
  if (await findUserByEmail(db, data.email)) throw new InvalidInputError(`An account for ${data.email} already exists.`);
  if (!(await db.organization.findUnique({ where: { id: data.organizationId } }))) throw new InvalidInputError("That organisation does not exist.");
  return createUserWithMembership(db, { ...data, passwordHash: await hashPassword(data.password) });
}
