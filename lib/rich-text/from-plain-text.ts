import { cleanText } from "./characters";
import { parseRichText } from "./parse";
import type { RichTextDoc, RichTextInline, RichTextParagraph } from "./types";

function paragraphOf(text: string): RichTextParagraph {
  // Newlines at the edges of a paragraph would be line breaks nobody can see.
  const content = text.replace(/^\n+|\n+$/g, "").split("\n").flatMap((line, i): RichTextInline[] => {
    const breakBefore: RichTextInline[] = i === 0 ? [] : [{ type: "hardBreak" }];
    return line === "" ? breakBefore : [...breakBefore, { type: "text", text: line }];
  });
  return { type: "paragraph", content };
}

/**
 * A body from plain text (demo commentary, API clients that send a string): a blank line
 * starts a paragraph, a single newline is a line break. Limits apply as for any body.
 */
export function plainTextToRichText(text: string): RichTextDoc {
  const paragraphs = cleanText(text.replace(/\r\n?/g, "\n"))
    .split(/\n(?:[ \t]*\n)+/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map(paragraphOf);
  return parseRichText({ type: "doc", content: paragraphs.length > 0 ? paragraphs : [{ type: "paragraph" }] });
}
