import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
} from "docx";
import { classifyDraftLines } from "./draft-lines";

// Writes a draft as the committee's Word files are made: headings in Heading styles, numbered
// paragraphs and items as real Word lists (numbering definitions, restarted in each article),
// never typed numbers. One footnote hangs on the first article's title.

export const DOCX_FOOTNOTE = "Sample footnote: the title was agreed ad referendum.";

const LIST = "draft-numbering";

function levels(language: string): ILevelsOptions[] {
  const arabic = language === "ar";
  const indent = (level: number) => ({ paragraph: { indent: { start: 567 * (level + 1), hanging: 567 } } });
  return [
    { level: 0, format: LevelFormat.DECIMAL, text: arabic ? "%1 -" : "%1.", alignment: AlignmentType.START, style: indent(0) },
    { level: 1, format: arabic ? LevelFormat.ARABIC_ABJAD : LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.START, style: indent(1) },
    { level: 2, format: LevelFormat.LOWER_ROMAN, text: "(%3)", alignment: AlignmentType.START, style: indent(2) },
  ];
}

/** What Word will print for the n-th item of a level, to check that the list reproduces the text. */
function expectedLabel(language: string, level: number, count: number): string {
  if (level === 0) return language === "ar" ? `${count} -` : `${count}.`;
  const abjad = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"];
  const roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
  if (level === 1) return `(${language === "ar" ? abjad[count - 1] : String.fromCharCode(96 + count)})`;
  return `(${roman[count - 1]})`;
}

export async function writeDraftDocx(source: string, language: string): Promise<Uint8Array> {
  const rtl = language === "ar";
  const lines = classifyDraftLines(source, language);
  let instance = 0;
  let counters = [0, 0, 0];
  let footnoteUsed = false;
  const paragraphs = lines.map((line) => {
    const run = (text: string) => new TextRun({ text, rightToLeft: rtl, font: rtl ? "Arial" : "Times New Roman" });
    if (line.kind === "heading") {
      // Each chapter and article starts its list afresh, as a new Word list instance.
      if (line.structural) {
        instance++;
        counters = [0, 0, 0];
      }
      const children: (TextRun | FootnoteReferenceRun)[] = [run(line.text)];
      if (!line.structural && line.level === 2 && !footnoteUsed) {
        children.push(new FootnoteReferenceRun(1));
        footnoteUsed = true;
      }
      return new Paragraph({
        heading: line.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        alignment: AlignmentType.CENTER,
        bidirectional: rtl,
        children,
      });
    }
    if (line.kind === "item") {
      counters[line.level] = (counters[line.level] ?? 0) + 1;
      for (let deeper = line.level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
      const expected = expectedLabel(language, line.level, counters[line.level] ?? 0);
      if (expected !== line.label) throw new Error(`Word numbering would print ${expected} where the text has ${line.label}`);
      return new Paragraph({
        numbering: { reference: LIST, level: line.level, instance },
        alignment: AlignmentType.BOTH,
        bidirectional: rtl,
        children: [run(line.text)],
      });
    }
    return new Paragraph({ alignment: AlignmentType.BOTH, bidirectional: rtl, children: [run(line.text)] });
  });
  const document = new Document({
    numbering: { config: [{ reference: LIST, levels: levels(language) }] },
    footnotes: { 1: { children: [new Paragraph({ bidirectional: rtl, children: [new TextRun({ text: DOCX_FOOTNOTE })] })] } },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
