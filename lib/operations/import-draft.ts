import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/prisma/client";
import type { ParsedProvision } from "../draft-text/types";
import { findTreaty, insertDraft } from "../db/drafts";
import { assertCan, type Actor } from "../auth/permissions";
import { parseDraftText } from "../draft-text/parse-draft-text";
import { slugify } from "../drafts/slug";
import { parseInput } from "./errors";
import { importDraftSchema, type ImportDraftData, type ImportDraftInput } from "./import-draft.schema";

type Tx = Prisma.TransactionClient;

export interface ImportSummary {
  drafts: number;
  draftId: string;
  treaty: string;
  articles: number;
  provisions: number;
  warnings: { line: number; message: string }[];
}

/** Parses a draft's plain text and stores it with all its provisions, or stores nothing. */
export async function importDraft(db: Db, actor: Actor, input: ImportDraftInput): Promise<ImportSummary> {
  assertCan(actor, "draft:import");
  const data = parseInput(importDraftSchema, input);
  const parsed = parseDraftText(data.text, { language: data.language });

  return db.$transaction((tx) => storeDraft(tx, actor, data, parsed.provisions).then((stored) => ({ ...stored, warnings: parsed.warnings })), {
    timeout: 60_000,
  });
}

/** Stores a validated, parsed draft in the treaty named by `data.treaty`, creating the treaty if new. */
export async function storeDraft(tx: Tx, actor: Actor, data: ImportDraftData, provisions: ParsedProvision[]) {
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
