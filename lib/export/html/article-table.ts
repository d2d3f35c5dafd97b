import type { ArticleSection } from "../group-by-article";
import { ARTICLE_TABLE_COLUMNS, articleTitle, NO_CHANGE_PROPOSED, QUOTE_NOT_IN_TEXT, sourceNote, stanceAndTags } from "../item-labels";
import { redline } from "../redline";
import type { SubmissionItem } from "../types";
import { redlineHtml } from "./redline";
import { richTextHtml } from "./rich-text";
import { tableHtml } from "./table";
import { bidiIsolate, escapeText, langDir, textElement, textParagraphs } from "./text";

// One article of the submission, as in the DOCX: its heading, a table with a row per item (the
// text as it stands, the text as proposed with its redline, and why), then the items' sources
// as notes numbered across the document, the PDF's footnotes.

/** Hands out note numbers in the order the references are written. */
export class NoteNumbers {
  private count = 0;

  next(): number {
    this.count += 1;
    return this.count;
  }
}

export function articleSectionHtml(section: ArticleSection, language: string, notes: NoteNumbers): string {
  const numbered = section.items.map((item) => ({ item, note: notes.next() }));
  const rows = numbered.map(({ item, note }) => [currentTextCell(item, language), proposalCell(item, language), justificationCell(item, note)]);
  const sources = numbered.map(({ item }) => textElement("li", sourceNote(item, bidiIsolate), "en"));
  return [
    '<section class="article">',
    textElement("h2", articleTitle(section.articleLabel, section.articleHeading), language),
    tableHtml("items", ARTICLE_TABLE_COLUMNS, rows, language),
    `<ol class="notes" start="${numbered[0]?.note ?? 1}" lang="en" dir="ltr">${sources.join("")}</ol>`,
    "</section>",
  ].join("");
}

function currentTextCell(item: SubmissionItem, language: string): string {
  const label = item.provisionLabel ? textElement("p", item.provisionLabel, language, "label") : "";
  return label + textParagraphs(item.currentText, language);
}

function proposalCell(item: SubmissionItem, language: string): string {
  if (item.proposedText === null) return textElement("p", NO_CHANGE_PROPOSED, "en", "meta") + textElement("p", `“${item.quote}”`, language);
  const { inContext, segments } = redline(item.currentText, item.quote, item.proposedText, language);
  return (inContext ? "" : textElement("p", QUOTE_NOT_IN_TEXT, "en", "meta")) + redlineHtml(segments, language);
}

function justificationCell(item: SubmissionItem, note: number): string {
  const meta = stanceAndTags(item, bidiIsolate);
  // The note hangs on the stance line, which every row has, so a row with an empty comment keeps its source.
  return `${richTextHtml(item.justification.content)}<p class="meta"${langDir(meta)}>${escapeText(meta)}<sup class="note-ref">${note}</sup></p>`;
}
