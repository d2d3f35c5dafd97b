import { groupByArticle } from "./group-by-article";
import { articleSectionHtml, NoteNumbers } from "./html/article-table";
import { htmlDocument } from "./html/document";
import { richTextHtml } from "./html/rich-text";
import { textElement } from "./html/text";
import { titlePageHtml } from "./html/title-page";
import type { SubmissionExport } from "./types";

// The submission as one self-contained HTML document for Chromium to print to PDF, with the
// DOCX's content and layout: a title page, the introduction, then per article a table of
// current text, proposed text (redline) and justification, sources as numbered notes.

/** The print HTML of a submission. */
export function toHtml(submission: SubmissionExport): string {
  const notes = new NoteNumbers();
  const body = [
    titlePageHtml(submission),
    introduction(submission),
    ...groupByArticle(submission.items).map((section) => articleSectionHtml(section, submission.draft.language, notes)),
  ];
  return htmlDocument(submission.title, body.join("\n"));
}

function introduction({ introduction }: SubmissionExport): string {
  const html = introduction ? richTextHtml(introduction.content) : "";
  return html === "" ? "" : `<section class="introduction">${textElement("h2", "Introduction", "en")}${html}</section>`;
}
