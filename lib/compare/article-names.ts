import type { PairKind } from "../alignment/types";

// How the compare page and the comparison report name articles and pairs: one wording for both.

export function articleName(article: { label: string | null; number: string | null }): string {
  return article.label ?? (article.number ? `Article ${article.number}` : "Unnumbered article");
}

/** Short form for renumbering, as analysts write it: "Art. 24 → Art. 23". */
export function shortName(article: { number: string | null; label: string | null }): string {
  return article.number ? `Art. ${article.number}` : articleName(article);
}

export const PAIR_KIND_LABELS: Record<PairKind, string> = {
  unchanged: "unchanged", changed: "changed", split: "split", merged: "merged", added: "new", removed: "dropped",
};
