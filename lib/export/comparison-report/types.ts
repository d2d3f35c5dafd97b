import type { PairKind } from "../../alignment/types";
import type { CompareSummary, Comparison } from "../../compare/types";
import type { RedlineSegment } from "../redline";

// What the comparison report writers read: two drafts' comparison reduced to what a reader on
// paper sees (plain, serialisable data), built by comparisonReport() from what the compare page
// shows, so the writers are pure functions of it like the submission writers.

/** The part of a draft the report names; getComparison's drafts have it (with `date` a Date). */
export interface ComparedDraftSource {
  title: string;
  symbol: string | null;
  date: Date | string;
  language: string;
  treaty?: { title: string } | null;
}

/** What comparisonReport() reads: the compare page's data (getComparison) or a comparison of parsed drafts. */
export interface ComparisonSource {
  fromDraft: ComparedDraftSource;
  toDraft: ComparedDraftSource;
  comparison: Comparison;
}

export interface ReportDraft {
  title: string;
  symbol: string | null;
  /** YYYY-MM-DD */
  date: string;
  language: string;
}

/** Which pairs the report shows: those whose text or heading changed (the compare page's default), or all. */
export type ReportScope = "changed" | "all";

export interface ComparisonReport {
  treaty: string | null;
  from: ReportDraft;
  to: ReportDraft;
  summary: CompareSummary;
  scope: ReportScope;
  pairs: ReportPair[];
  /** With scope "changed": the pairs left out whose number changed, as "Art. 7 → Art. 8". */
  renumberedOnly: string[];
  /** ISO 8601; also the date of the tracked changes in the DOCX. */
  generatedAt: string;
}

export interface ReportPair {
  /** Short names of the articles before and after ("Art. 24"); [] when added or removed. */
  from: string[];
  to: string[];
  kind: PairKind;
  renumbered: boolean;
  moved: boolean;
  /** The heading after the change (before it, for a removed article). */
  heading: string | null;
  /** The heading's redline, when the heading changed. */
  headingChange: RedlineSegment[] | null;
  /** Language of the text shown: the later draft's, the earlier one's for a removed article. */
  language: string;
  rows: ReportRow[];
}

/** A paragraph of a pair, or the whole text of an added or removed article. */
export interface ReportRow {
  label: string | null;
  /** Moved within its article. */
  moved: boolean;
  segments: RedlineSegment[];
}
