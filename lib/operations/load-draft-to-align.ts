import type { Db } from "../db/client";
import { getDraftWithProvisions } from "../db/drafts";
import { articlesFromTree } from "../alignment/articles";
import { buildProvisionTree, type ProvisionNode } from "../drafts/provision-tree";
import { NotFoundError } from "./errors";
import type { DraftToAlign } from "./ensure-alignment";

export async function loadDraftToAlign(db: Db, draftId: string) {
  const draft = await getDraftWithProvisions(db, draftId);
  if (!draft) throw new NotFoundError("That draft does not exist.");
  const tree = buildProvisionTree(draft.provisions);
  const toAlign: DraftToAlign = { id: draft.id, language: draft.language, articles: articlesFromTree(tree) };
  return { draft, toAlign, anchors: anchorsOf(tree) };
}

/** Each provision's anchor on its draft page, for links from comparisons. */
function anchorsOf(nodes: ProvisionNode[], anchors = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    anchors.set(node.id, node.anchor);
    anchorsOf(node.children, anchors);
  }
  return anchors;
}
