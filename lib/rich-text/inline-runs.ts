import type { RichTextInline, RichTextMark } from "./types";

export type Run<Key> = { key: Key; nodes: RichTextInline[] };

export function hasMark(node: RichTextInline, type: RichTextMark["type"]): boolean {
  return node.marks?.some((mark) => mark.type === type) ?? false;
}

export function linkHrefOf(node: RichTextInline): string | null {
  const link = node.marks?.find((mark) => mark.type === "link");
  return link?.type === "link" ? link.attrs.href : null;
}

/**
 * Consecutive nodes that share a key (a link's address, being bold), so that "see *this* page"
 * linked as a whole is written as one link, not three. A line break joins the run it follows:
 * the marks it carries change nothing a reader sees.
 */
export function runsOf<Key>(content: RichTextInline[], keyOf: (node: RichTextInline) => Key): Run<Key>[] {
  const runs: Run<Key>[] = [];
  for (const node of content) {
    const last = runs.at(-1);
    if (last && (node.type === "hardBreak" || keyOf(node) === last.key)) last.nodes.push(node);
    else runs.push({ key: keyOf(node), nodes: [node] });
  }
  return runs;
}
