import { isAllowedHref } from "../../rich-text/allowed-href";
import { isRecord } from "../../rich-text/is-record";
import type { RichTextBlock, RichTextInline } from "../../rich-text/types";
import { escapeHtml } from "./escape";
import { langDir } from "./text";

// An annotation body or an introduction (tiptap JSON) as print HTML, walked as the app's
// RichTextView walks it: every element and attribute is named here, text is escaped, a link is
// written only for an allowed address, and a node or mark of any other type writes nothing of
// its own, so even a body that slipped past validation cannot put active content in the PDF.

/** Only the records of an array: the checks below also hold for a body that was never validated. */
function recordsOf<T>(list: readonly T[] | undefined): T[] {
  return Array.isArray(list) ? list.filter((item): boolean => isRecord(item)) : [];
}

/** The words of a node and everything inside it. */
function textOf(node: unknown): string {
  if (!isRecord(node)) return "";
  if (node.type === "text" && typeof node.text === "string") return node.text;
  return Array.isArray(node.content) ? node.content.map(textOf).join(" ") : "";
}

/** lang and dir of a block, from the first letter of its text. */
function blockAttributes(block: RichTextBlock): string {
  return langDir(textOf(block));
}

function inlineHtml(node: RichTextInline): string {
  if (node.type === "hardBreak") return "<br>";
  if (node.type !== "text" || typeof node.text !== "string") return "";
  const marks = recordsOf(node.marks);
  let html = escapeHtml(node.text);
  // Applied inside out, so a bold link reads <a><strong>…</strong></a> whatever order the marks came in.
  if (marks.some((mark) => mark.type === "italic")) html = `<em>${html}</em>`;
  if (marks.some((mark) => mark.type === "bold")) html = `<strong>${html}</strong>`;
  const link = marks.find((mark) => mark.type === "link");
  if (link?.type === "link" && isRecord(link.attrs) && isAllowedHref(link.attrs.href)) html = `<a href="${escapeHtml(link.attrs.href)}">${html}</a>`;
  return html;
}

function blockHtml(block: RichTextBlock): string {
  switch (block.type) {
    case "paragraph": {
      const content = recordsOf(block.content);
      // Empty paragraphs are spacing typed in the editor; the other exports drop them too.
      return content.length === 0 ? "" : `<p${blockAttributes(block)}>${content.map(inlineHtml).join("")}</p>`;
    }
    case "bulletList":
    case "orderedList": {
      const tag = block.type === "bulletList" ? "ul" : "ol";
      const start = block.type === "orderedList" && Number.isInteger(block.attrs?.start) ? ` start="${block.attrs?.start}"` : "";
      const items = recordsOf(block.content).map((item) => `<li>${blocksHtml(item.content)}</li>`);
      return `<${tag}${start}${blockAttributes(block)}>${items.join("")}</${tag}>`;
    }
    case "blockquote":
      return `<blockquote${blockAttributes(block)}>${blocksHtml(block.content)}</blockquote>`;
    default:
      return "";
  }
}

function blocksHtml(blocks: readonly RichTextBlock[] | undefined): string {
  return recordsOf(blocks).map(blockHtml).join("");
}

/** The blocks of a body as HTML; "" when none has text. */
export function richTextHtml(blocks: readonly RichTextBlock[]): string {
  return blocksHtml(blocks);
}
