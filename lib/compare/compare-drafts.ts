import { alignArticles } from "../alignment/align-articles";
import { articlesFromTree, type ProvisionNodeLike } from "../alignment/articles";
import { differentLanguages } from "../alignment/languages";
import { withParagraphs } from "../alignment/with-paragraphs";
import type { ParsedProvision } from "../draft-text/types";
import type { DiffOptions } from "../diff/types";
import { compareAlignedArticles } from "./compare-articles";
import type { Comparison } from "./types";

export interface ParsedDraftToCompare { provisions: ParsedProvision[]; language?: string }

// Parsed drafts (from files) have no database ids: give each provision one from its path.
function withIds(nodes: ParsedProvision[], prefix: string): ProvisionNodeLike[] {
  return nodes.map(({ kind, label, number, heading, text, children }, i) => {
    const id = `${prefix}.${i}`;
    return { id, kind, label, number, heading, text, children: withIds(children, id) };
  });
}

/** Aligns and diffs two parsed drafts: the command-line `compare`, with no database. */
export function compareParsedDrafts(from: ParsedDraftToCompare, to: ParsedDraftToCompare, options: DiffOptions = {}): Comparison {
  const fromArticles = articlesFromTree(withIds(from.provisions, "from"));
  const toArticles = articlesFromTree(withIds(to.provisions, "to"));
  const language = { from: from.language, to: to.language };
  const pairs = alignArticles(fromArticles, toArticles, { language });
  // Within one language alignArticles has paired the paragraphs by text, as the compare page does
  // for a stored alignment; across languages it paired them by position, where the page goes by text.
  const aligned = differentLanguages(language) ? withParagraphs(pairs, fromArticles, toArticles) : pairs;
  return compareAlignedArticles(fromArticles, toArticles, aligned, options);
}
