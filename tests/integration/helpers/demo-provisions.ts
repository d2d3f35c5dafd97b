import type { Db } from "../../../lib/db/client";

// Where integration tests annotate: words of a paragraph of the revised English demo draft.

export interface ProvisionText { id: string; draftId: string; text: string }

/** The first paragraph of the revised English demo draft holding `words`. */
export function revisedParagraphWith(db: Db, words: string): Promise<ProvisionText> {
  return db.provision.findFirstOrThrow({ where: { kind: "PARAGRAPH", text: { contains: words }, draft: { symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1" } } });
}

/** The target of an annotation on the first occurrence of `words` in `provision`. */
export function onWords(provision: ProvisionText, words: string) {
  const start = provision.text.indexOf(words);
  return { draftId: provision.draftId, provisionId: provision.id, quote: { exact: words, prefix: "", suffix: "" }, position: { start, end: start + words.length } };
}
