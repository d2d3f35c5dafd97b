import type { AlignableArticle } from "../../alignment/types";
import { filterPairs } from "../../compare/filter-pairs";
import type { ComparedPair } from "../../compare/types";
import type { DiffOp } from "../../diff/types";
import { formatDate } from "../item-labels";
import { redlineSegments } from "../redline";
import { paragraphName, renumbering, shortName } from "../../compare/article-names";
import type { ComparedDraftSource, ComparisonReport, ComparisonSource, ReportDraft, ReportPair, ReportRow, ReportScope } from "./types";

export interface ComparisonReportOptions {
  /** ISO 8601: when the report is made (the caller's clock; this function has none). */
  generatedAt: string;
  /** "changed" (default) leaves out the pairs whose text and heading did not change. */
  scope?: ReportScope;
}

/** The compare page's summary and diffs as a report's plain data. */
export function comparisonReport(source: ComparisonSource, { generatedAt, scope = "changed" }: ComparisonReportOptions): ComparisonReport {
  const { comparison, fromDraft, toDraft } = source;
  // The page's own filter, so "only changed" means the same thing in the report as on screen.
  const shown = filterPairs(comparison.pairs, { onlyChanged: scope === "changed", chapter: null, search: null }).map(({ pair }) => pair);
  const included = new Set(shown);
  return {
    treaty: toDraft.treaty?.title ?? fromDraft.treaty?.title ?? null,
    from: reportDraft(fromDraft),
    to: reportDraft(toDraft),
    summary: comparison.summary,
    scope,
    pairs: shown.map((pair) => reportPair(pair, fromDraft.language, toDraft.language)),
    renumberedOnly: comparison.pairs.filter((pair) => !included.has(pair) && pair.renumbered).map((pair) => renumbering(names(pair.from), names(pair.to))),
    generatedAt,
  };
}

function reportDraft({ title, symbol, date, language }: ComparedDraftSource): ReportDraft {
  return { title, symbol, date: formatDate(typeof date === "string" ? date : date.toISOString()), language };
}

const names = (articles: readonly AlignableArticle[]) => articles.map(shortName);

function reportPair(pair: ComparedPair, fromLanguage: string, toLanguage: string): ReportPair {
  return {
    from: names(pair.from),
    to: names(pair.to),
    kind: pair.kind,
    renumbered: pair.renumbered,
    moved: pair.moved,
    heading: pair.to[0]?.heading ?? pair.from[0]?.heading ?? null,
    headingChange: hasChange(pair.headingOps) ? redlineSegments(pair.headingOps) : null,
    language: pair.kind === "removed" ? fromLanguage : toLanguage,
    rows: rows(pair),
  };
}

/** Paragraph by paragraph where the alignment paired them, as the compare page shows it; else the whole text. */
function rows(pair: ComparedPair): ReportRow[] {
  if (pair.paragraphs.length === 0) return [{ label: null, moved: false, segments: redlineSegments(pair.ops) }];
  return pair.paragraphs.map((paragraph) => ({
    label: paragraphName(pair.to, paragraph.to) ?? paragraphName(pair.from, paragraph.from),
    moved: paragraph.moved,
    segments: redlineSegments(paragraph.ops),
  }));
}

function hasChange(ops: readonly DiffOp[]): boolean {
  return ops.some((op) => op.type !== "equal");
}
