// A clause is cited by its article ("Article 26, paragraph 1 (a)"), so exports need the article
// above any paragraph or subparagraph.

export interface ProvisionInTree {
  id: string;
  parentId: string | null;
  kind: string;
}

/** The provision itself if it is an article, else its nearest article ancestor, else null. */
export function enclosingArticle<P extends ProvisionInTree>(provision: P, byId: ReadonlyMap<string, P>): P | null {
  for (let node: P | undefined = provision; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    if (node.kind === "ARTICLE") return node;
  }
  return null;
}

/** The clause as it is cited: its article, and below the article the provision's own label ("1.", "(a)"). */
export function clauseOf<P extends ProvisionInTree & { label: string | null }>(provision: P | undefined, byId: ReadonlyMap<string, P>): { article: P | null; provisionLabel: string | null } {
  const article = provision ? enclosingArticle(provision, byId) : null;
  return { article, provisionLabel: provision && provision !== article ? provision.label : null };
}
