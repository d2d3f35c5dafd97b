import { walkTree, type PreviewProvision } from "../draft-text/preview-tree";
import type { DraftFootnote } from "./types";

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Puts each footnote in the notes of the provision whose paragraph carried its reference (Word
 * files say which paragraph; PDFs do not). Notes come in reading order, so each is looked for from
 * the provision of the one before, exact matches (a heading line, a whole paragraph) first.
 * Returns the footnotes it could not place.
 */
export function attachFootnotes(provisions: PreviewProvision[], footnotes: readonly DraftFootnote[]): DraftFootnote[] {
  const nodes = [...walkTree(provisions)].map(({ node }) => ({
    node,
    heading: squash(node.heading ?? ""),
    printed: squash([node.label, node.text].filter((part) => part).join(" ")),
  }));
  const unplaced: DraftFootnote[] = [];
  let from = 0;
  for (const note of footnotes) {
    const paragraph = squash(note.paragraph ?? "");
    const after = nodes.slice(from);
    const found =
      paragraph === ""
        ? -1
        : [
            after.findIndex((n) => n.heading === paragraph || n.printed === paragraph || n.node.label === paragraph),
            after.findIndex((n) => n.printed.includes(paragraph)),
          ].find((index) => index >= 0) ?? -1;
    const target = nodes[from + found];
    if (found < 0 || !target) {
      unplaced.push(note);
      continue;
    }
    target.node.notes = target.node.notes ? `${target.node.notes}\n\n${note.text}` : note.text;
    from += found;
  }
  return unplaced;
}
