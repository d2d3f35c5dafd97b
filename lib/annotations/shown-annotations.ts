// Where thousands of annotations stand on one draft, each article shows only its latest few in
// full (and highlights their words): a page that wrote them all out weighed megabytes and took
// seconds. The reader opens the rest article by article.

/** How many annotations an article shows in full on the draft page, and each side of a pair on the compare page. */
export const SHOWN_ON_DRAFT_PAGE = 10;
export const SHOWN_PER_COMPARED_SIDE = 3;

/** The latest `limit` of `ids` (oldest first), and how many there are in all. */
export function latestOf(ids: readonly string[], limit: number): { ids: string[]; total: number } {
  return { ids: ids.slice(-limit), total: ids.length };
}

/** The address that shows all of one article's annotations, keeping the margin's filters. */
export function showAllHref(params: Record<string, string | string[] | undefined>, unitAnchor: string): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "all" || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) query.append(key, one);
  }
  query.set("all", unitAnchor);
  return `?${query}#${unitAnchor}`;
}
