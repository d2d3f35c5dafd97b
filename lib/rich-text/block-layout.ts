import type { RichTextBlock, RichTextInline, RichTextListItem } from "./types";

// The line layout shared by the plain-text and Markdown exports: blank lines between blocks,
// "- " and "1. " before list items with their continuation lines indented under the marker,
// "> " before quoted lines. Only the writing of inline content differs between the two.

export type InlineWriter = (content: RichTextInline[]) => string;

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => `${i === 0 ? first : rest}${line}`.trimEnd())
    .join("\n");
}

function isList(block: RichTextBlock): boolean {
  return block.type === "bulletList" || block.type === "orderedList";
}

function layoutItem(item: RichTextListItem, write: InlineWriter): string {
  const [first, ...rest] = item.content;
  // A nested list follows its item's first line directly; a second paragraph after a blank line.
  return rest.reduce((text, block) => `${text}${isList(block) ? "\n" : "\n\n"}${layoutBlock(block, write)}`, write(first.content ?? []));
}

function layoutBlock(block: RichTextBlock, write: InlineWriter): string {
  switch (block.type) {
    case "paragraph":
      return write(block.content ?? []);
    case "bulletList":
      return block.content.map((item) => prefixLines(layoutItem(item, write), "- ", "  ")).join("\n");
    case "orderedList": {
      const start = block.attrs?.start ?? 1;
      return block.content
        .map((item, i) => {
          const marker = `${start + i}. `;
          return prefixLines(layoutItem(item, write), marker, " ".repeat(marker.length));
        })
        .join("\n");
    }
    case "blockquote":
      return prefixLines(layoutBlocks(block.content, write), "> ", "> ");
  }
}

/** Blocks separated by blank lines; empty paragraphs (spacing typed in the editor) leave no trace. */
export function layoutBlocks(blocks: RichTextBlock[], write: InlineWriter): string {
  return blocks
    .map((block) => layoutBlock(block, write))
    .filter((text) => text.trim() !== "")
    .join("\n\n");
}
