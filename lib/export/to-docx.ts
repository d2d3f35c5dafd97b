import { Document, HeadingLevel, Packer, type Paragraph, type Table } from "docx";
import { articleBlocks, type DocxContext } from "./docx/article-table";
import { Footnotes } from "./docx/footnotes";
import { ListNumbering } from "./docx/list-numbering";
import { pageFooter } from "./docx/page-footer";
import { richTextParagraphs } from "./docx/rich-text";
import { Revisions } from "./docx/redline-paragraphs";
import { textParagraph } from "./docx/runs";
import { titlePage } from "./docx/title-page";
import { groupByArticle } from "./group-by-article";
import type { SubmissionExport } from "./types";

// The submission as a Word document, the form the negotiating committee's secretariat takes:
// a title page, the introduction, then per article a table of current text, proposed text (as
// tracked changes) and justification, sources in footnotes, page numbers in the footer.

/** The .docx file's bytes. */
export async function toDocx(submission: SubmissionExport): Promise<Uint8Array> {
  const context: DocxContext = {
    language: submission.draft.language,
    revisions: new Revisions(submission.generatedAt),
    footnotes: new Footnotes(),
    lists: new ListNumbering(),
  };
  // The footnotes are collected while the body is built, so the body comes first.
  const body: (Paragraph | Table)[] = [
    ...titlePage(submission),
    ...introduction(submission, context),
    ...groupByArticle(submission.items).flatMap((section) => articleBlocks(section, context)),
  ];
  const document = new Document({
    title: submission.title,
    creator: "Draftwatch",
    footnotes: context.footnotes.all(),
    sections: [{ footers: { default: pageFooter() }, children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function introduction(submission: SubmissionExport, context: DocxContext): Paragraph[] {
  const paragraphs = submission.introduction ? richTextParagraphs(submission.introduction.content, context.lists) : [];
  return paragraphs.length > 0 ? [textParagraph("Introduction", undefined, {}, { heading: HeadingLevel.HEADING_1 }), ...paragraphs] : [];
}
