// The shape of an annotation body: the subset of tiptap JSON that Draftwatch stores and renders.
// Written out by hand (rather than inferred from zod) so the recursion reads plainly.

export type RichTextMark = { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } };

export type RichTextText = { type: "text"; text: string; marks?: RichTextMark[] };
// ProseMirror gives an inline node the marks around it, so a line break typed in bold text carries "bold".
export type RichTextHardBreak = { type: "hardBreak"; marks?: RichTextMark[] };
export type RichTextInline = RichTextText | RichTextHardBreak;

export type RichTextParagraph = { type: "paragraph"; content?: RichTextInline[] };
// tiptap's list item content is "paragraph block*": it always opens with a paragraph.
export type RichTextListItem = { type: "listItem"; content: [RichTextParagraph, ...RichTextBlock[]] };
export type RichTextBulletList = { type: "bulletList"; content: RichTextListItem[] };
export type RichTextOrderedList = { type: "orderedList"; attrs?: { start: number }; content: RichTextListItem[] };
export type RichTextBlockquote = { type: "blockquote"; content: RichTextBlock[] };
export type RichTextBlock = RichTextParagraph | RichTextBulletList | RichTextOrderedList | RichTextBlockquote;

export type RichTextDoc = { type: "doc"; content: RichTextBlock[] };
