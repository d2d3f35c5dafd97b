// Demo drafts 2 and 3 parsed, given readable ids ("d2/Article 5/2.") and aligned as the compare
// page aligns them, so that re-anchoring tests run through the real clause alignment.

import { readFileSync } from "node:fs";
import path from "node:path";
import { alignArticles } from "../../../../lib/alignment/align-articles";
import { articlesFromTree, type ProvisionNodeLike } from "../../../../lib/alignment/articles";
import { alignedCandidates } from "../../../../lib/anchoring/aligned-candidates";
import { describePosition } from "../../../../lib/anchoring/text-position";
import { describeQuote } from "../../../../lib/anchoring/text-quote";
import type { TextTarget } from "../../../../lib/anchoring/types";
import { parseDraftText } from "../../../../lib/draft-text/parse-draft-text";
import type { ParsedProvision } from "../../../../lib/draft-text/types";

export interface Node extends ProvisionNodeLike {
  children: Node[];
}

function withReadableIds(nodes: readonly ParsedProvision[], parent: string): Node[] {
  const seen = new Set<string>();
  return nodes.map((node) => {
    const id = `${parent}/${node.label ?? node.kind.toLowerCase()}`;
    if (seen.has(id)) throw new Error(`Two provisions would be ${id}`);
    seen.add(id);
    return { ...node, id, children: withReadableIds(node.children, id) };
  });
}

export function demoDraft(file: string, prefix: string): Node[] {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../../../prisma/demo/drafts", file), "utf8");
  return withReadableIds(parseDraftText(text).provisions, prefix);
}

/** Drafts 2 → 3, their article pairs and the candidate lookup built from them. */
export function zeroToRevised() {
  const from = demoDraft("sample-2-zero.en.txt", "d2");
  const to = demoDraft("sample-3-revised.en.txt", "d3");
  const pairs = alignArticles(articlesFromTree(from), articlesFromTree(to), { language: { from: "en", to: "en" } });
  return { from, to, pairs, candidates: alignedCandidates(from, to, pairs) };
}

/** Every provision by id. */
export function byId(nodes: readonly Node[]): Map<string, Node> {
  const all = new Map<string, Node>();
  const visit = (node: Node): void => {
    all.set(node.id, node);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return all;
}

/** The target an analyst makes by selecting the `occurrence`-th `phrase` in a provision. */
export function targetOn(provision: ProvisionNodeLike, phrase: string, occurrence = 0): TextTarget {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = provision.text.indexOf(phrase, start + 1);
  if (start === -1) throw new Error(`"${phrase}" (#${occurrence}) is not in ${provision.id}`);
  const end = start + phrase.length;
  return { provisionId: provision.id, quote: describeQuote(provision.text, start, end), position: describePosition(start, end) };
}
