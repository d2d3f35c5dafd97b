import type { PairKind } from "../alignment/types";

// How the compare page and the comparison report name articles and pairs: one wording for both.

type Named = { label: string | null; number: string | null };

export function articleName(article: Named): string {
  return article.label ?? (article.number ? `Article ${article.number}` : "Unnumbered article");
}

/** Short form for renumbering, as analysts write it: "Art. 24 → Art. 23". */
export function shortName(article: Named): string {
  return article.number ? `Art. ${article.number}` : articleName(article);
}

/** "Art. 24 → Art. 23"; "Art. 26 + Art. 27 → Art. 29"; "— → Art. 6" for a new article. */
export function renumbering(from: readonly string[], to: readonly string[]): string {
  return `${from.join(" + ") || "—"} → ${to.join(" + ") || "—"}`;
}

/** A pair as analysts name it, by its articles' short names. */
export function pairName(pair: { from: readonly Named[]; to: readonly Named[] }): string {
  return renumbering(pair.from.map(shortName), pair.to.map(shortName));
}

export const PAIR_KIND_LABELS: Record<PairKind, string> = {
  unchanged: "unchanged", changed: "changed", split: "split", merged: "merged", added: "new", removed: "dropped",
};

type Side = readonly (Named & { paragraphs: readonly { id: string }[] })[];

/**
 * A paragraph's number as a row shows it. In a split or merge the paragraphs of several articles
 * meet, and their numbers repeat: each is named with its article's ("Art. 27, 2.").
 */
export function paragraphName(articles: Side, paragraph: { id: string; label: string | null } | null): string | null {
  if (!paragraph) return null;
  if (articles.length < 2) return paragraph.label;
  const article = articles.find((candidate) => candidate.paragraphs.some((p) => p.id === paragraph.id));
  if (!article) return paragraph.label;
  return [shortName(article), paragraph.label].filter((part) => part !== null).join(", ");
}
