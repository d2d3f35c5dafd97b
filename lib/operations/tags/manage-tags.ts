import { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { slugify } from "../../drafts/slug";
import { InvalidInputError, NotFoundError, parseInput } from "../errors";

export const tagSchema = z.object({
  name: z.string().trim().min(2, "Name the tag (at least 2 characters).").max(60, "Keep the tag name under 60 characters."),
  description: z.string().trim().max(300).optional(),
});
export const renameTagSchema = tagSchema.extend({ tagId: z.string().min(1) });

/** Editors extend the shared taxonomy; the slug stays fixed once made, so links and API clients keep working. */
export async function createTag(db: Db, actor: Actor, input: z.input<typeof tagSchema>) {
  assertCan(actor, "tag:manage");
  const data = parseInput(tagSchema, input);
  const slug = slugify(data.name);
  if (await db.tag.findFirst({ where: { OR: [{ slug }, { name: { equals: data.name, mode: "insensitive" } }] } })) {
    throw new InvalidInputError(`A tag “${data.name}” already exists.`);
  }
  return db.tag.create({ data: { slug, name: data.name, description: data.description || null } });
}

export async function renameTag(db: Db, actor: Actor, input: z.input<typeof renameTagSchema>) {
  assertCan(actor, "tag:manage");
  const data = parseInput(renameTagSchema, input);
  const clash = await db.tag.findFirst({ where: { name: { equals: data.name, mode: "insensitive" }, NOT: { id: data.tagId } } });
  if (clash) throw new InvalidInputError(`Another tag is already called “${data.name}”.`);
  const { count } = await db.tag.updateMany({ where: { id: data.tagId }, data: { name: data.name, description: data.description || null } });
  if (count === 0) throw new NotFoundError("That tag no longer exists.");
}
