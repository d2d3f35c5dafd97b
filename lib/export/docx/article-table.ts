import { FootnoteReferenceRun, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { ArticleSection } from "../group-by-article";
import { articleTitle, sourceNote, stanceAndTags } from "../item-labels";
import { redline } from "../redline";
import { isRightToLeft, isRightToLeftLanguage } from "../text-direction";
import type { SubmissionItem } from "../types";
import type { Footnotes } from "./footnotes";
import type { ListNumbering } from "./list-numbering";
import { redlineParagraphs, type Revisions } from "./redline-paragraphs";
import { richTextParagraphs } from "./rich-text";
import { paragraphDirection, runOptions, textParagraph, textParagraphs } from "./runs";

// One article of the submission: its heading, then a table with a row per item — the text as
// it stands, the text as proposed (tracked changes), and why.

/** What the whole document shares while its articles are written: ids and lists numbered across it. */
export interface DocxContext {
  language: string;
  revisions: Revisions;
  footnotes: Footnotes;
  lists: ListNumbering;
}

// An A4 page less Word's default 2.54 cm margins is 9026 twips wide.
const COLUMN_WIDTHS = [2900, 3063, 3063];
const HEADER = ["Current text", "Proposed text", "Justification"];

export function articleBlocks(section: ArticleSection, context: DocxContext): (Paragraph | Table)[] {
  const heading = textParagraph(articleTitle(section.articleLabel, section.articleHeading), context.language, {}, { heading: HeadingLevel.HEADING_1, keepNext: true });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMN_WIDTHS,
    // An Arabic submission reads its columns from the right, as its paragraphs.
    ...(isRightToLeftLanguage(context.language) ? { visuallyRightToLeft: true } : {}),
    rows: [headerRow(context.language), ...section.items.map((item) => itemRow(item, context))],
  });
  // Word joins two tables that touch into one; the empty paragraph keeps the articles apart.
  return [heading, table, new Paragraph({})];
}

function headerRow(language: string): TableRow {
  const rtl = isRightToLeftLanguage(language);
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADER.map(
      (label, column) =>
        new TableCell({
          width: { size: COLUMN_WIDTHS[column] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" },
          children: [new Paragraph({ ...paragraphDirection(rtl), children: [new TextRun(runOptions(label, false, { bold: true }))] })],
        }),
    ),
  });
}

function itemRow(item: SubmissionItem, context: DocxContext): TableRow {
  const cells = [currentTextCell(item, context.language), proposalCell(item, context), justificationCell(item, context)];
  return new TableRow({
    children: cells.map((children, column) => new TableCell({ width: { size: COLUMN_WIDTHS[column] ?? 0, type: WidthType.DXA }, children })),
  });
}

function currentTextCell(item: SubmissionItem, language: string): Paragraph[] {
  const label = item.provisionLabel ? [textParagraph(item.provisionLabel, language, { bold: true })] : [];
  return [...label, ...textParagraphs(item.currentText, language)];
}

function proposalCell(item: SubmissionItem, { language, revisions }: DocxContext): Paragraph[] {
  if (item.proposedText === null) {
    return [textParagraph("No change proposed. Comment on:", undefined, { italics: true }), textParagraph(`“${item.quote}”`, language)];
  }
  const { inContext, segments } = redline(item.currentText, item.quote, item.proposedText, language);
  const note = inContext
    ? []
    : [textParagraph("The quoted words are no longer in the current text; the change is shown on them alone.", undefined, { italics: true })];
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
