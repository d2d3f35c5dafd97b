import type {
  RichTextBlock,
  RichTextDoc,
  RichTextInline,
  RichTextListItem,
  RichTextMark,
  RichTextParagraph,
} from "../../../../lib/rich-text/types";

// Small builders so that test bodies read like the comments they stand for.

export const bold: RichTextMark = { type: "bold" };
export const italic: RichTextMark = { type: "italic" };
export const link = (href: string): RichTextMark => ({ type: "link", attrs: { href } });

export const text = (value: string, ...marks: RichTextMark[]): RichTextInline =>
  marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };
export const br: RichTextInline = { type: "hardBreak" };
export const p = (...content: RichTextInline[]): RichTextParagraph => (content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" });
export const li = (first: RichTextParagraph, ...rest: RichTextBlock[]): RichTextListItem => ({ type: "listItem", content: [first, ...rest] });
export const ul = (...items: RichTextListItem[]): RichTextBlock => ({ type: "bulletList", content: items });
export const ol = (start: number | undefined, ...items: RichTextListItem[]): RichTextBlock =>
  start === undefined ? { type: "orderedList", content: items } : { type: "orderedList", attrs: { start }, content: items };
export const quote = (...content: RichTextBlock[]): RichTextBlock => ({ type: "blockquote", content });
export const doc = (...content: RichTextBlock[]): RichTextDoc => ({ type: "doc", content });

/** A body with a link mark whose href never went through validation (for testing the later defences). */
export function docWithRawLink(href: string, words = "click"): RichTextDoc {
  return doc(p(text(words, { type: "link", attrs: { href } })));
}

/** Every construct the allow-list has, in its stored form (marks in the editor's order: link, bold, italic). */
export const allowedConstructs: Record<string, RichTextDoc> = {
  "empty paragraph": doc(p()),
  "plain paragraph": doc(p(text("Each State Party shall adopt such measures."))),
  "two paragraphs": doc(p(text("First.")), p(text("Second."))),
  bold: doc(p(text("Article 6 is "), text("too broad", bold), text("."))),
  italic: doc(p(text("mutatis mutandis", italic))),
  "bold italic": doc(p(text("both", bold, italic))),
  "https link": doc(p(text("OHCHR", link("https://www.ohchr.org/en/cybercrime")))),
  "http link": doc(p(text("old site", link("http://example.org/page?a=1&b=2#frag")))),
  "mailto link": doc(p(text("write to us", link("mailto:analysts@example.org?subject=Article%206")))),
  "bold link": doc(p(text("see", link("https://example.org/"), bold))),
  "hard break": doc(p(text("line one"), br, text("line two"))),
  "hard break in bold": doc(p(text("a", bold), { type: "hardBreak", marks: [bold] }, text("b", bold))),
  "bullet list": doc(ul(li(p(text("privacy"))), li(p(text("freedom of expression"))))),
  "ordered list": doc(ol(undefined, li(p(text("first"))), li(p(text("second"))))),
  "ordered list with start": doc(ol(3, li(p(text("third"))), li(p(text("fourth"))))),
  "nested list": doc(ul(li(p(text("outer")), ol(undefined, li(p(text("inner"))))))),
  "list item with two paragraphs": doc(ul(li(p(text("point")), p(text("elaboration"))))),
  blockquote: doc(quote(p(text("States Parties shall cooperate")), p(text("to the widest extent possible.")))),
  "quote with list": doc(quote(ul(li(p(text("quoted item")))))),
};
