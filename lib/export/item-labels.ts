import { SOURCE_KIND_LABELS, STANCE_LABELS } from "../annotations/labels";
import type { SubmissionExport, SubmissionItem } from "./types";

// The words every human-readable export uses around the analysts' text, in one place so the
// CSV, Markdown and DOCX name a stance, a source or a date the same way.

/** The interface's word for a stored enum value ("NGO", "CONCERN"); other values are shown as given. */
function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

export function stanceLabel(stance: string): string {
  return labelOf(STANCE_LABELS, stance);
}

export function sourceKindLabel(sourceKind: string): string {
  return labelOf(SOURCE_KIND_LABELS, sourceKind);
}

/** The columns of an article's table in the DOCX and PDF. */
export const ARTICLE_TABLE_COLUMNS = ["Current text", "Proposed text", "Justification"] as const;

/** Stands in the proposed text of an item that comments without amending. */
export const NO_CHANGE_PROPOSED = "No change proposed. Comment on:";

/** Stands above a redline of the quote alone, when the draft no longer has the quoted words. */
export const QUOTE_NOT_IN_TEXT = "The quoted words are no longer in the current text; the change is shown on them alone.";

/** The calendar day of an ISO timestamp (UTC), or the text itself when it is not one. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 10);
}

/** "Article 26: Conditions and safeguards". */
export function articleTitle(label: string, heading: string | null): string {
  return heading ? `${label}: ${heading}` : label;
}

/** "Article 26, 1." — the provision an item is on, or the article when it is on the whole of it. */
export function provisionTitle(item: SubmissionItem): string {
  return item.provisionLabel ? `${item.articleLabel}, ${item.provisionLabel}` : item.articleLabel;
}

/** "Revised draft (A/AC.291/22), 2024-05-29". */
export function draftLine(draft: Pick<SubmissionExport["draft"], "title" | "symbol" | "date">): string {
  return [draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title, draft.date].filter((part) => part !== "").join(", ");
}

/** Wraps each name an analyst typed; the print HTML isolates them (see bidiIsolate), the other formats keep them as they are. */
export type NameWrapper = (name: string) => string;

const asTyped: NameWrapper = (name) => name;

/** Who the commentary comes from and who wrote it down: the DOCX footnote and the Markdown source line. */
export function sourceNote(item: SubmissionItem, wrap: NameWrapper = asTyped): string {
  const source = [sourceKindLabel(item.sourceKind), item.sourceOrganization && wrap(item.sourceOrganization)].filter(Boolean).join(", ");
  const author = item.organization ? `${wrap(item.author)} (${wrap(item.organization)})` : wrap(item.author);
  return `Source: ${source}. Comment by ${author}, ${formatDate(item.createdAt)}.`;
}

/** "Concern · tags: privacy, safeguards". */
export function stanceAndTags(item: SubmissionItem, wrap: NameWrapper = asTyped): string {
  const stance = stanceLabel(item.stance);
  return item.tags.length > 0 ? `${stance} · tags: ${item.tags.map(wrap).join(", ")}` : stance;
}
