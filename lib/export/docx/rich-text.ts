import { ExternalHyperlink, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from "docx";
import { isAllowedHref } from "../../rich-text/allowed-href";
import { hasMark, linkHrefOf, runsOf } from "../../rich-text/inline-runs";
import type { RichTextBlock, RichTextInline } from "../../rich-text/types";
import { isRightToLeft } from "../text-direction";
import { MAX_LEVEL, type ListNumbering } from "./list-numbering";
import { paragraphDirection, runOptions } from "./runs";

// An annotation body or an introduction (tiptap JSON) as Word paragraphs: bold, italic, links,
// bulleted and numbered lists, quotations as indented paragraphs.

const INDENT = 720; // half an inch, Word's default indent step

interface Place {
  /** Indent of plain paragraphs (quotations, a list item's later paragraphs). */
  indent: number;
  /** List level of the next list. */
  depth: number;
}

export function richTextParagraphs(blocks: readonly RichTextBlock[], lists: ListNumbering): Paragraph[] {
  return blocksAt(blocks, { indent: 0, depth: 0 }, lists);
}

function blocksAt(blocks: readonly RichTextBlock[], place: Place, lists: ListNumbering): Paragraph[] {
  return blocks.flatMap((block) => blockAt(block, place, lists));
}

function blockAt(block: RichTextBlock, place: Place, lists: ListNumbering): Paragraph[] {
  switch (block.type) {
    case "paragraph": {
      const content = block.content ?? [];
      // Empty paragraphs are spacing typed in the editor; the text exports drop them too.
      return content.length === 0 ? [] : [inlineParagraph(content, place.indent > 0 ? { indent: { start: place.indent } } : {})];
    }
    case "blockquote":
      return blocksAt(block.content, { ...place, indent: place.indent + INDENT }, lists);
    case "bulletList":
    case "orderedList": {
      const { reference, instance } = lists.start(block);
      const level = Math.min(place.depth, MAX_LEVEL);
      const inside: Place = { indent: INDENT * (level + 1), depth: place.depth + 1 };
      return block.content.flatMap(({ content: [first, ...rest] }) => [
        inlineParagraph(first.content ?? [], { numbering: { reference, instance, level } }),
        ...blocksAt(rest, inside, lists),
      ]);
    }
  }
}

function inlineParagraph(content: RichTextInline[], options: IParagraphOptions): Paragraph {
  const rtl = isRightToLeft(content.map((node) => (node.type === "text" ? node.text : "")).join(""));
  const children = runsOf(content, linkHrefOf).flatMap(({ key: href, nodes }): ParagraphChild[] => {
    // The schema refuses other addresses; checked again so no export ever carries a javascript: link.
    if (href === null || !isAllowedHref(href)) return nodes.map((node) => inlineRun(node, rtl, false));
    return [new ExternalHyperlink({ link: href, children: nodes.map((node) => inlineRun(node, rtl, true)) })];
  });
  return new Paragraph({ ...options, ...paragraphDirection(rtl), children });
}

function inlineRun(node: RichTextInline, rtl: boolean, link: boolean): TextRun {
  if (node.type === "hardBreak") return new TextRun({ break: 1 });
  const style = { bold: hasMark(node, "bold"), italics: hasMark(node, "italic"), style: link ? "Hyperlink" : undefined };
  return new TextRun(runOptions(node.text, rtl, style));
}
