import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from "docx";

/** "Page 3 of 12", centred: Word fills in the PAGE and NUMPAGES fields when it lays the pages out. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 18 })],
      }),
    ],
  });
}
