import { alignArticles } from "../alignment/align-articles";
import { articlesFromTree } from "../alignment/articles";
import type { ParsedProvision } from "../draft-text/types";
import type { DiffOptions } from "../diff/types";
import { compareArticles } from "./compare-articles";
import type { Comparison } from "./types";

export interface ParsedDraftToCompare { provisions: ParsedProvision[]; language?: string }

interface NodeWithId extends Omit<ParsedProvision, "children"> { id: string; children: NodeWithId[] }

// Parsed drafts (from files) have no database ids: give each provision one from its path.
function withIds(nodes: ParsedProvision[], prefix: string): NodeWithId[] {
  return nodes.map((node, i) => {
    const id = `${prefix}.${i}`;
    return { ...node, id, children: withIds(node.children, id) };
  });
}

/** Aligns and diffs two parsed drafts: the command-line `compare`, with no database. */
export function compareParsedDrafts(from: ParsedDraftToCompare, to: ParsedDraftToCompare, options: DiffOptions = {}): Comparison {
  const fromArticles = articlesFromTree(withIds(from.provisions, "from"));
  const toArticles = articlesFromTree(withIds(to.provisions, "to"));
  const pairs = alignArticles(fromArticles, toArticles, { language: { from: from.language, to: to.language } });
  return compareArticles(fromArticles, toArticles, pairs, options);
}
