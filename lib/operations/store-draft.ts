import type { Prisma } from "../db/generated/prisma/client";
import { findTreaty, insertDraft } from "../db/drafts";
import type { Actor } from "../auth/permissions";
import type { ParsedProvision } from "../draft-text/types";
import { slugify } from "../drafts/slug";
import type { DraftMetadata } from "./draft-metadata.schema";

type Tx = Prisma.TransactionClient;

/** Stores a validated, parsed draft in the treaty named by `data.treaty`, creating the treaty if new. */
export async function storeDraft(tx: Tx, actor: Actor, data: DraftMetadata, provisions: ParsedProvision[]) {
  const slug = slugify(data.treaty);
  const treaty = (await findTreaty(tx, data.treaty, slug)) ?? (await tx.treaty.create({ data: { slug, title: data.treaty } }));
  const { draft, articleCount, provisionCount } = await insertDraft(
    tx,
    {
      treatyId: treaty.id,
      title: data.title,
      symbol: data.symbol ?? null,
      date: new Date(`${data.date}T00:00:00Z`),
      language: data.language,
      source: data.source ?? null,
      eventId: data.eventId ?? null,
      importedById: actor.kind === "user" ? actor.id : null,
    },
    provisions,
  );
  return { drafts: 1, draftId: draft.id, treaty: treaty.slug, articles: articleCount, provisions: provisionCount };
}
