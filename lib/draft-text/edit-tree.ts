import { describeProvision, findMisplaced } from "./check-tree";
import { freshId, type PreviewProvision } from "./preview-tree";
import { canContain, kindName, RANK } from "./tree-rules";
import type { ProvisionKind } from "./types";

// Corrections an editor makes to the parsed tree in the import preview. Each returns a new tree
// (the given one is left as it was, so the page can keep it for undo or after an error) or throws
// TreeEditError with a message for the editor; no edit leaves a provision where the structure
// does not allow it.

export class TreeEditError extends Error {}

type Tree = PreviewProvision[];

interface Place {
  node: PreviewProvision;
  /** The array holding the node: its parent's children or the tree itself. */
  siblings: PreviewProvision[];
  index: number;
  /** From the top of the tree down to the node's parent. */
  ancestors: PreviewProvision[];
}

function locate(tree: Tree, id: string): Place {
  const search = (siblings: PreviewProvision[], ancestors: PreviewProvision[]): Place | null => {
    for (const [index, node] of siblings.entries()) {
      if (node.id === id) return { node, siblings, index, ancestors };
      const found = search(node.children, [...ancestors, node]);
      if (found) return found;
    }
    return null;
  };
  const place = search(tree, []);
  if (!place) throw new TreeEditError("That provision is no longer in the preview.");
  return place;
}

function parentOf(place: Place): PreviewProvision | null {
  return place.ancestors[place.ancestors.length - 1] ?? null;
}

function insideAnnex(ancestors: readonly PreviewProvision[]): boolean {
  return ancestors.some((ancestor) => ancestor.kind === "ANNEX");
}

/** Runs `change` on a copy of the tree and refuses the result if it misplaces a provision. */
function edit(tree: Tree, change: (copy: Tree) => void): Tree {
  const copy = structuredClone(tree);
  change(copy);
  const before = new Set(findMisplaced(tree).map(({ node }) => node.id));
  const misplaced = findMisplaced(copy).find(({ node }) => !before.has(node.id));
  if (misplaced) throw new TreeEditError(misplaced.message);
  return copy;
}

/** A provision's words as printed, for when it becomes part of another provision's text. */
function printedWords(node: PreviewProvision): string {
  return [node.label, node.heading, node.text].filter((part) => part).join(" ");
}

/** A sentence cut by a wrong paragraph break goes on with a space; a finished one starts a new paragraph. */
function joinTexts(first: string, second: string): string {
  if (first === "" || second === "") return first + second;
  return /[.:;!?]["”’)\]]*$/.test(first) ? `${first}\n\n${second}` : `${first} ${second}`;
}

/** The provision becomes part of the one before it: its words join that one's text, its children follow that one's. */
export function mergeWithPrevious(tree: Tree, id: string): Tree {
  return edit(tree, (copy) => {
    const { node, siblings, index } = locate(copy, id);
    const previous = siblings[index - 1];
    if (!previous) throw new TreeEditError(`${describeProvision(node)} is the first at its level: there is nothing before it to merge with.`);
    previous.text = joinTexts(previous.text, printedWords(node));
    previous.notes = [previous.notes, node.notes].filter((notes) => notes).join("\n\n") || null;
    previous.children.push(...node.children);
    siblings.splice(index, 1);
  });
}

/** Cuts the provision's text at `offset`: the rest, and the provision's children, become a new provision after it. */
export function splitProvision(tree: Tree, id: string, offset: number): Tree {
  const newId = freshId(tree);
  return edit(tree, (copy) => {
    const { node, siblings, index } = locate(copy, id);
    const before = node.text.slice(0, offset).trim();
    const after = node.text.slice(offset).trim();
    if (before === "" || after === "") throw new TreeEditError("Put the caret inside the text, where the new provision should start.");
    node.text = before;
    siblings.splice(index + 1, 0, {
      id: newId, kind: node.kind, label: null, number: null, heading: null,
      text: after, line: node.line, notes: null, children: node.children,
    });
    node.children = [];
  });
}

/**
 * Gives the provision another kind and moves it to where that kind belongs, as the parser would
 * have placed it: a paragraph that becomes an article leaves its article and takes the paragraphs
 * after it; an article that becomes a paragraph joins the article before it, and its paragraphs
 * follow it there.
 */
export function changeKind(tree: Tree, id: string, kind: ProvisionKind): Tree {
  return edit(tree, (copy) => {
    const node = locate(copy, id).node;
    const deeper = RANK[kind] > RANK[node.kind];
    const higher = RANK[kind] < RANK[node.kind];
    node.kind = kind;
    if (higher) liftOut(copy, id);
    if (deeper) nestInPrevious(copy, id);
  });
}

function liftOut(tree: Tree, id: string): void {
  for (;;) {
    const place = locate(tree, id);
    const { node, siblings, index, ancestors } = place;
    const parent = parentOf(place);
    if (!parent) return;
    const fits = RANK[parent.kind] < RANK[node.kind] && canContain(parent.kind, node.kind, insideAnnex(ancestors));
    if (fits) return;
    // What followed it in its old parent now comes under it: reading order does not change.
    node.children.push(...siblings.splice(index + 1));
    siblings.splice(index, 1);
    const parentPlace = locate(tree, parent.id);
    parentPlace.siblings.splice(parentPlace.index + 1, 0, node);
  }
}

function nestInPrevious(tree: Tree, id: string): void {
  const { node, siblings, index, ancestors } = locate(tree, id);
  const previous = siblings[index - 1];
  // Children of its new rank or above cannot stay under it: they follow it, in the same order.
  const firstLifted = node.children.findIndex((child) => RANK[child.kind] <= RANK[node.kind]);
  const lifted = firstLifted < 0 ? [] : node.children.splice(firstLifted);
  const host =
    previous && RANK[previous.kind] < RANK[node.kind] && canContain(previous.kind, node.kind, insideAnnex([...ancestors, previous]))
      ? previous
      : null;
  if (host) {
    siblings.splice(index, 1);
    host.children.push(node, ...lifted);
  } else {
    const parent = ancestors[ancestors.length - 1]?.kind ?? null;
    if (!canContain(parent, node.kind, insideAnnex(ancestors))) {
      throw new TreeEditError(`There is nothing before ${describeProvision(node)} that can hold it as a ${kindName(node.kind).toLowerCase()}.`);
    }
    siblings.splice(index + 1, 0, ...lifted);
  }
}

export interface ProvisionFields {
  label: string | null;
  number: string | null;
  heading: string | null;
  text: string;
}

/** Replaces what the editor changed; an empty label, number or heading means none. */
export function editProvision(tree: Tree, id: string, fields: Partial<ProvisionFields>): Tree {
  return edit(tree, (copy) => {
    const { node } = locate(copy, id);
    for (const key of ["label", "number", "heading"] as const) {
      const value = fields[key];
      if (value !== undefined) node[key] = value?.trim() || null;
    }
    if (fields.text !== undefined) node.text = fields.text.trim();
  });
}

/** Removes the provision with everything under it. */
export function deleteProvision(tree: Tree, id: string): Tree {
  return edit(tree, (copy) => {
    const { siblings, index } = locate(copy, id);
    siblings.splice(index, 1);
  });
}
