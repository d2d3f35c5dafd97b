// Turns a clause alignment into the lookup carryForward needs: for a provision of the old draft,
// the provision(s) of the new draft its words can now be in. Only those are searched.

import type { ProvisionNodeLike } from "../alignment/articles";
import type { ArticlePair } from "../alignment/types";
import type { CandidateProvision } from "./carry-forward";

interface Placement {
  /** The enclosing article (or the provision itself), null outside articles (the preamble). */
  article: ProvisionNodeLike | null;
  /** The id alignment gave the provision's paragraph (see articlesFromTree). */
  paragraphId: string | null;
  node: ProvisionNodeLike;
}

// articlesFromTree treats an article's own text (its chapeau) as a paragraph with this id.
const ownTextId = (article: ProvisionNodeLike) => `${article.id}:text`;

function place(nodes: readonly ProvisionNodeLike[]): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const visit = (node: ProvisionNodeLike, article: ProvisionNodeLike | null, paragraphId: string | null): void => {
    if (node.kind === "ARTICLE") {
      placements.set(node.id, { node, article: node, paragraphId: ownTextId(node) });
      node.children.forEach((child) => visit(child, node, child.id));
      return;
    }
    placements.set(node.id, { node, article, paragraphId });
    node.children.forEach((child) => visit(child, article, paragraphId));
  };
  nodes.forEach((node) => visit(node, null, null));
  return placements;
}

/** The provision and its descendants with text, in reading order. */
function withDescendants(node: ProvisionNodeLike): CandidateProvision[] {
  const own = node.text === "" ? [] : [{ id: node.id, text: node.text }];
  return [...own, ...node.children.flatMap(withDescendants)];
}

export function alignedCandidates(
  from: readonly ProvisionNodeLike[],
  to: readonly ProvisionNodeLike[],
  pairs: readonly ArticlePair[],
): (provisionId: string) => CandidateProvision[] {
  const before = place(from);
  const after = place(to);
  const pairOf = new Map(pairs.flatMap((pair) => pair.from.map((id) => [id, pair] as const)));

  return (provisionId) => {
    const placement = before.get(provisionId);
    if (!placement) return [];
    const { article, paragraphId, node } = placement;
    // Outside articles (the preamble) nothing is aligned: the same kind of provision is.
    if (!article) {
      return [...after.values()]
        .filter((other) => !other.article && other.node.kind === node.kind && other.node.text !== "")
        .map((other) => ({ id: other.node.id, text: other.node.text }));
    }
    const pair = pairOf.get(article.id);
    const articles = (pair?.to ?? []).flatMap((id) => after.get(id)?.node ?? []);
    // In a split or merge the words may have gone to any of the articles' provisions, whatever
    // paragraph the alignment paired theirs with: all of them are searched.
    if (articles.length !== 1 || pair?.from.length !== 1) return articles.flatMap(withDescendants);
    const target = pair.paragraphs.find((paragraph) => paragraph.from === paragraphId)?.to ?? null;
    if (target === null) return [];
    const newArticle = articles[0]!;
    if (target === ownTextId(newArticle)) return newArticle.text === "" ? [] : [{ id: newArticle.id, text: newArticle.text }];
    const paragraph = after.get(target)?.node;
    return paragraph ? withDescendants(paragraph) : [];
  };
}
