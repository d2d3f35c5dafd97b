import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { isRightToLeftLanguage } from "../text-direction";
import { paragraphDirection, runOptions, textParagraph } from "./runs";

// The tables of the Word exports: full width, a shaded header row repeated on every page, and,
// in a right-to-left document, columns read from the right as its paragraphs are.

/** Column widths in twips: an A4 page less Word's default 2.54 cm margins is 9026 wide. */
export type ColumnWidths = readonly number[];

export function table(widths: ColumnWidths, language: string, rows: TableRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [...widths],
    ...(isRightToLeftLanguage(language) ? { visuallyRightToLeft: true } : {}),
    rows,
  });
}

export function headerRow(labels: readonly string[], widths: ColumnWidths, language: string): TableRow {
  const rtl = isRightToLeftLanguage(language);
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map(
      (label, column) =>
        new TableCell({
          width: cellWidth(widths, column),
          shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" },
          children: [new Paragraph({ ...paragraphDirection(rtl), children: [new TextRun(runOptions(label, false, { bold: true }))] })],
        }),
    ),
  });
}

/** A row of cells, each given as its paragraphs. */
export function bodyRow(cells: readonly Paragraph[][], widths: ColumnWidths): TableRow {
  return new TableRow({ children: cells.map((children, column) => new TableCell({ width: cellWidth(widths, column), children })) });
}

/** A row of plain text cells, each in its language (or its own direction without one). */
export function textRow(cells: readonly { text: string; language?: string; bold?: boolean }[], widths: ColumnWidths): TableRow {
  return bodyRow(cells.map(({ text, language, bold }) => [textParagraph(text, language, { bold })]), widths);
}

function cellWidth(widths: ColumnWidths, column: number) {
  return { size: widths[column] ?? 0, type: WidthType.DXA };
}
