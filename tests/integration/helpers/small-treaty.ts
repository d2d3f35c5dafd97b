import { OPERATOR } from "../../../lib/auth/permissions";
import type { Db } from "../../../lib/db/client";
import { importParsedDraft } from "../../../lib/operations/import-parsed-draft";
import { previewDraft } from "../../../lib/operations/preview-draft";

// A treaty of two articles, each of one unnumbered paragraph (the article holds the text), for
// tests that follow annotations through drafts of their own making.

export const SCOPE = `Article 1
Scope

This Convention applies to the prevention, investigation and prosecution of the offences it establishes.
`;

export const SAFEGUARDS = `Article 2
Conditions and safeguards

Each State Party shall ensure that the powers provided for in this Convention are subject to conditions and safeguards that protect human rights.
`;

export const SAFEGUARDS_QUOTE = "conditions and safeguards that protect human rights";

/** Imports `text` as the treaty's next English draft, carrying the previous draft's annotations onto it; its id. */
export async function importSmallDraft(db: Db, treaty: string, title: string, date: string, text: string): Promise<string> {
  const preview = await previewDraft(OPERATOR, { bytes: new TextEncoder().encode(text), fileName: "draft.txt", language: "en" });
  return (await importParsedDraft(db, OPERATOR, { treaty, title, date, language: "en", provisions: preview.provisions })).draftId;
}

/** The articles of a draft in reading order. */
export function articlesOf(db: Db, draftId: string) {
  return db.provision.findMany({ where: { draftId, kind: "ARTICLE" }, orderBy: { ordinal: "asc" } });
}
