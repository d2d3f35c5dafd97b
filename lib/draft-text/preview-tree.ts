import type { ParsedProvision } from "./types";

// The tree shown in the import preview, where an editor corrects the structure before saving.
// Every provision carries an id that stays the same across edits, so that the page can keep
// focus, warnings and edits on the provision the editor is working on.

export interface PreviewProvision extends Omit<ParsedProvision, "notes" | "children"> {
  id: string;
  notes: string | null;
  children: PreviewProvision[];
}

/** A problem to check in the preview; `provisionId` is null for the draft as a whole. */
export interface PreviewWarning {
  provisionId: string | null;
  line: number | null;
  message: string;
}

/** The parsed tree with ids p1, p2, … in reading order. */
export function toPreviewTree(provisions: readonly ParsedProvision[]): PreviewProvision[] {
  let count = 0;
  const convert = (node: ParsedProvision): PreviewProvision => ({
    id: `p${++count}`,
    kind: node.kind,
    label: node.label,
    number: node.number,
    heading: node.heading,
    text: node.text,
    line: node.line,
    notes: node.notes ?? null,
    children: node.children.map(convert),
  });
  return provisions.map(convert);
}

/** Every provision in reading order with its parent (null at the top) and depth (1 at the top). */
export function* walkTree(
  provisions: readonly PreviewProvision[],
  parent: PreviewProvision | null = null,
  depth = 1,
): Generator<{ node: PreviewProvision; parent: PreviewProvision | null; depth: number }> {
  for (const node of provisions) {
    yield { node, parent, depth };
    yield* walkTree(node.children, node, depth + 1);
  }
}

/** An id not used in the tree, in the same p<n> form. */
export function freshId(provisions: readonly PreviewProvision[]): string {
  let highest = 0;
  for (const { node } of walkTree(provisions)) highest = Math.max(highest, Number(/^p(\d+)$/.exec(node.id)?.[1] ?? 0));
  return `p${highest + 1}`;
}
