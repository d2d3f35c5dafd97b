import type { Prisma } from "../../db/generated/prisma/client";
import { InvalidInputError } from "../errors";

/** Replaces an annotation's tags with those named; tags come from the shared taxonomy only. */
export async function connectTags(tx: Prisma.TransactionClient, annotationId: string, slugs: string[]): Promise<void> {
  const wanted = [...new Set(slugs)];
  const tags = await tx.tag.findMany({ where: { slug: { in: wanted } } });
  const unknown = wanted.filter((slug) => !tags.some((t) => t.slug === slug));
  if (unknown.length) throw new InvalidInputError(`Unknown tag${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Choose from the shared list.`);
  await tx.annotationTag.deleteMany({ where: { annotationId } });
  if (tags.length) await tx.annotationTag.createMany({ data: tags.map((t) => ({ annotationId, tagId: t.id })) });
}
