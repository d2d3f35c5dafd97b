import type { SubmissionCandidate } from "../operations/submissions/list-submission-candidates";

// The builder's filters, applied in the browser to the annotations already listed for the user:
// picking is interactive, and the list holds nothing the user may not see.

export interface CandidateFilter {
  tag: string;
  sourceKind: string;
  stance: string;
  organizationId: string;
  status: string;
  article: string;
}

export const NO_FILTER: CandidateFilter = { tag: "", sourceKind: "", stance: "", organizationId: "", status: "", article: "" };

/** The candidates that pass every filter set (an empty filter lets all through). */
export function filterCandidates(candidates: readonly SubmissionCandidate[], filter: CandidateFilter): SubmissionCandidate[] {
  return candidates.filter(
    (c) =>
      (!filter.tag || c.tags.some((t) => t.slug === filter.tag)) &&
      (!filter.sourceKind || c.sourceKind === filter.sourceKind) &&
      (!filter.stance || c.stance === filter.stance) &&
      (!filter.organizationId || c.organization?.id === filter.organizationId) &&
      (!filter.status || c.status === filter.status) &&
      (!filter.article || c.article === filter.article),
  );
}

/** What the filters can offer: the values present among the candidates, each once, in list order. */
export function filterOptions(candidates: readonly SubmissionCandidate[]) {
  const unique = <T>(values: T[], key: (value: T) => string) => [...new Map(values.map((v) => [key(v), v])).values()];
  return {
    tags: unique(candidates.flatMap((c) => c.tags), (t) => t.slug).sort((a, b) => a.name.localeCompare(b.name)),
    organizations: unique(candidates.flatMap((c) => (c.organization ? [c.organization] : [])), (o) => o.id).sort((a, b) => a.name.localeCompare(b.name)),
    articles: unique(candidates.flatMap((c) => (c.article ? [c.article] : [])), (a) => a),
  };
}

/** Moves the item at `from` one place up (-1) or down (+1); out of range, the order stays. */
export function moveItem<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}
