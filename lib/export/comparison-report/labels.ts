import { PAIR_KIND_LABELS, renumbering } from "../../compare/article-names";
import type { CompareSummary } from "../../compare/types";
import { languageName } from "../../i18n/text-direction";
import { draftLine } from "../item-labels";
import type { ComparisonReport, ReportDraft, ReportPair, ReportRow } from "./types";

// The words of the comparison report, shared by its DOCX and its print HTML; articles and pairs
// are named as on the compare page (lib/compare/article-names.ts).


export function pairTitle(pair: ReportPair): string {
  return renumbering(pair.from, pair.to);
}

/** "changed, renumbered, moved". */
export function pairStatus(pair: ReportPair): string {
  return [PAIR_KIND_LABELS[pair.kind], pair.renumbered && "renumbered", pair.moved && "moved"].filter(Boolean).join(", ");
}

export function reportTitle(report: ComparisonReport): string {
  return `Comparison of two drafts: ${report.from.title} → ${report.to.title}`;
}

/** What opens a row of a pair: the paragraph's label, and whether it moved within its article. */
export function rowLead(row: ReportRow): string {
  return [row.label, row.moved ? "(moved)" : null].filter(Boolean).join(" ");
}

/** "Zero draft (SAMPLE/AHC.1/DRAFT.2), 2032-02-02, English": it reads in the direction of the title's first letter. */
export function draftDescription(draft: ReportDraft): string {
  return `${draftLine(draft)}, ${languageName(draft.language)}`;
}

/** The summary as rows of the report's table, in the compare page's order. */
export function summaryRows(summary: CompareSummary): [string, number][] {
  return [
    ["Articles before", summary.articles.from],
    ["Articles after", summary.articles.to],
    ["Changed", summary.changed],
    ["Unchanged", summary.unchanged],
    ["New", summary.added],
    ["Dropped", summary.removed],
    ["Renumbered", summary.renumbered],
    ["Moved", summary.moved],
    ["Split", summary.split],
    ["Merged", summary.merged],
    ["Words inserted", summary.wordsInserted],
    ["Words deleted", summary.wordsDeleted],
    ["Words moved", summary.wordsMoved],
  ];
}

/** What the report shows, after the summary. */
export function scopeLine(report: ComparisonReport): string {
  return report.scope === "changed" ? "The articles whose text or heading changed, word by word." : "Every article, word by word.";
}

export const RENUMBERED_ONLY = "Renumbered without other change";
