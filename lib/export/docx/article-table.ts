import { FootnoteReferenceRun, HeadingLevel, Paragraph, TextRun, type Table } from "docx";
import type { ArticleSection } from "../group-by-article";
import { ARTICLE_TABLE_COLUMNS, articleTitle, NO_CHANGE_PROPOSED, QUOTE_NOT_IN_TEXT, sourceNote, stanceAndTags } from "../item-labels";
import { redline } from "../redline";
import { isRightToLeft } from "../text-direction";
import type { SubmissionItem } from "../types";
import type { Footnotes } from "./footnotes";
import type { ListNumbering } from "./list-numbering";
import { redlineParagraphs, type Revisions } from "./redline-paragraphs";
import { richTextParagraphs } from "./rich-text";
import { paragraphDirection, runOptions, textParagraph, textParagraphs } from "./runs";
import { bodyRow, headerRow, table } from "./table";

// One article of the submission: its heading, then a table with a row per item — the text as
// it stands, the text as proposed (tracked changes), and why.

/** What the whole document shares while its articles are written: ids and lists numbered across it. */
export interface DocxContext {
  language: string;
  revisions: Revisions;
  footnotes: Footnotes;
  lists: ListNumbering;
}

const COLUMN_WIDTHS = [2900, 3063, 3063];

export function articleBlocks(section: ArticleSection, context: DocxContext): (Paragraph | Table)[] {
  const heading = textParagraph(articleTitle(section.articleLabel, section.articleHeading), context.language, {}, { heading: HeadingLevel.HEADING_1, keepNext: true });
  const rows = [headerRow(ARTICLE_TABLE_COLUMNS, COLUMN_WIDTHS, context.language), ...section.items.map((item) => itemRow(item, context))];
  // Word joins two tables that touch into one; the empty paragraph keeps the articles apart.
  return [heading, table(COLUMN_WIDTHS, context.language, rows), new Paragraph({})];
}

function itemRow(item: SubmissionItem, context: DocxContext) {
  return bodyRow([currentTextCell(item, context.language), proposalCell(item, context), justificationCell(item, context)], COLUMN_WIDTHS);
}

function currentTextCell(item: SubmissionItem, language: string): Paragraph[] {
  const label = item.provisionLabel ? [textParagraph(item.provisionLabel, language, { bold: true })] : [];
  return [...label, ...textParagraphs(item.currentText, language)];
}

function proposalCell(item: SubmissionItem, { language, revisions }: DocxContext): Paragraph[] {
  if (item.proposedText === null) {
    return [textParagraph(NO_CHANGE_PROPOSED, undefined, { italics: true }), textParagraph(`“${item.quote}”`, language)];
  }
  const { inContext, segments } = redline(item.currentText, item.quote, item.proposedText, language);
  const note = inContext
    ? []
    : [textParagraph(QUOTE_NOT_IN_TEXT, undefined, { italics: true })];
  return [...note, ...redlineParagraphs(segments, revisions, language)];
}

function justificationCell(item: SubmissionItem, { footnotes, lists }: DocxContext): Paragraph[] {
  const note = footnotes.add([textParagraph(sourceNote(item))]);
  const meta = stanceAndTags(item);
  const rtl = isRightToLeft(meta);
  // The footnote hangs on the stance line, which every row has, so a row with an empty comment keeps its source.
  const metaParagraph = new Paragraph({
    ...paragraphDirection(rtl),
    spacing: { before: 120 },
    children: [new TextRun(runOptions(meta, rtl, { italics: true })), new FootnoteReferenceRun(note)],
  });
  return [...richTextParagraphs(item.justification.content, lists), metaParagraph];
}
