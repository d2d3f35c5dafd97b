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
export function draftLine({ draft }: SubmissionExport): string {
  return [draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title, draft.date].filter((part) => part !== "").join(", ");
}

/** Who the commentary comes from and who wrote it down: the DOCX footnote and the Markdown source line. */
export function sourceNote(item: SubmissionItem): string {
  const source = [sourceKindLabel(item.sourceKind), item.sourceOrganization].filter(Boolean).join(", ");
  const author = item.organization ? `${item.author} (${item.organization})` : item.author;
  return `Source: ${source}. Comment by ${author}, ${formatDate(item.createdAt)}.`;
}

/** "Concern · tags: privacy, safeguards". */
export function stanceAndTags(item: SubmissionItem): string {
  const stance = stanceLabel(item.stance);
  return item.tags.length > 0 ? `${stance} · tags: ${item.tags.join(", ")}` : stance;
}
