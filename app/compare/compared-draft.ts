import type { ComparedDraft } from "@/components/compare/side-by-side";
import { highlightsByProvision } from "@/lib/annotations/highlights";
import { annotationsByUnit, unitsOf } from "@/lib/annotations/provision-units";
import { buildProvisionTree, provisionsById, type ProvisionRow } from "@/lib/drafts/provision-tree";

interface Anchored {
  id: string;
  anchors: { provisionId: string | null; start: number | null; end: number | null; status: string }[];
}

/** One side of the comparison: which annotations are on which articles, and the draft to annotate with the highlights chosen. */
export function comparedDraft(draft: { id: string; language: string; provisions: ProvisionRow[] }, anchored: Anchored[]) {
  const tree = buildProvisionTree(draft.provisions);
  const provisions = provisionsById(tree);
  const byArticle = annotationsByUnit(anchored, unitsOf(tree));
  return {
    /** The draft with the words of these annotations highlighted. */
    side: (highlighted: ReadonlySet<string>): ComparedDraft => ({
      id: draft.id,
      language: draft.language,
      provisions,
      highlights: highlightsByProvision(anchored.filter((a) => highlighted.has(a.id))),
    }),
    /** The ids of the annotations on these articles, oldest first. */
    annotationIdsOn: (articles: readonly { id: string }[]) => articles.flatMap((a) => byArticle.get(a.id) ?? []).map((a) => a.id),
    /** Where the draft page lists all of an article's annotations. */
    draftPageHref: (articles: readonly { id: string }[]) => {
      const first = articles[0] && provisions.get(articles[0].id);
      return `/drafts/${draft.id}${first ? `#${first.anchor}` : ""}`;
    },
  };
}
