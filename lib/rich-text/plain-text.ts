import { isAllowedHref } from "./allowed-href";
import { layoutBlocks } from "./block-layout";
import { linkHrefOf, runsOf } from "./inline-runs";
import { markdownInline } from "./markdown-inline";
import type { RichTextDoc, RichTextInline } from "./types";

// Text forms of an annotation body, for search indexing, CSV and Markdown exports.

function plainInline(content: RichTextInline[]): string {
  return runsOf(content, linkHrefOf)
    .map((run) => {
      const text = run.nodes.map((node) => (node.type === "hardBreak" ? "\n" : node.text)).join("");
      // The address is kept beside the words (a CSV reader cannot click), unless the words are the address.
      const href = run.key;
      const showHref = href !== null && isAllowedHref(href) && href !== text && href !== `mailto:${text}`;
      return showHref ? `${text} (${href})` : text;
    })
    .join("");
}

/** Paragraphs separated by blank lines, list items as "- " and "1. ", quotes as "> ". */
export function richTextToPlainText(doc: RichTextDoc): string {
  return layoutBlocks(doc.content, plainInline);
}

/** CommonMark with the text escaped; links only for allowed addresses. */
export function richTextToMarkdown(doc: RichTextDoc): string {
  return layoutBlocks(doc.content, markdownInline);
}
