import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { extractDraftText } from "../../../lib/draft-import";
import { WordNumbering } from "../../../lib/draft-import/docx-numbering";
import { formatListNumber } from "../../../lib/draft-import/number-formats";
import { parseXml, qualifiedNames } from "../../../lib/draft-import/xml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function numbering(xml: string, styles = `<w:styles ${W}/>`): WordNumbering {
  const root = parseXml(`<w:numbering ${W}>${xml}</w:numbering>`);
  return new WordNumbering(root, parseXml(styles), qualifiedNames(root, ["http://schemas.openxmlformats.org/wordprocessingml/2006/main"]));
}

const LEVELS = `
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>`;

describe("Word list numbering", () => {
  it("formats numbers as Word displays them", () => {
    expect([1, 4, 9, 14].map((n) => formatListNumber(n, "lowerRoman"))).toEqual(["i", "iv", "ix", "xiv"]);
    expect([1, 26, 27].map((n) => formatListNumber(n, "lowerLetter"))).toEqual(["a", "z", "aa"]);
    expect([1, 5, 6].map((n) => formatListNumber(n, "arabicAbjad"))).toEqual(["أ", "هـ", "و"]);
    expect([1, 2, 3].map((n) => formatListNumber(n, "russianLower"))).toEqual(["а", "б", "в"]);
    expect([1, 10, 12, 24].map((n) => formatListNumber(n, "chineseCounting"))).toEqual(["一", "十", "十二", "二十四"]);
    expect([formatListNumber(3, "hindiNumbers"), formatListNumber(3, "decimalFullWidth"), formatListNumber(3, "bullet")]).toEqual(["٣", "３", "•"]);
  });

  it("counts levels, restarts deeper levels, and restarts a list instance with startOverride", () => {
    const lists = numbering(`<w:abstractNum w:abstractNumId="0">${LEVELS}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`);
    const labels = [
      ["1", 0], ["1", 1], ["1", 2], ["1", 2], ["1", 1], ["1", 0], ["1", 1],
      ["2", 0], // restarts: the instance has a startOverride
      ["3", 0], // continues: same abstract list, no override
    ].map(([numId, level]) => lists.next(String(numId), Number(level), null));
    expect(labels).toEqual(["1.", "(a)", "(i)", "(ii)", "(b)", "2.", "(a)", "1.", "2."]);
  });

  it("takes the list from the paragraph style and ignores numId 0", () => {
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="ParaNum"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="SubNum"><w:basedOn w:val="ParaNum"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>`;
    const lists = numbering(`<w:abstractNum w:abstractNumId="0">${LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, styles);
    expect([lists.next(null, null, "ParaNum"), lists.next(null, null, "SubNum"), lists.next("0", null, "ParaNum"), lists.next(null, null, "ParaNum")]).toEqual([
      "1.",
      "(a)",
      null,
      "2.",
    ]);
  });

  it("fills multi-level labels and legal numbering", () => {
    const lists = numbering(`<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chapter %1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
      </w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>`);
    expect([lists.next("4", 0, null), lists.next("4", 1, null), lists.next("4", 0, null)]).toEqual(["Chapter I", "1.1", "Chapter II"]);
  });
});

async function docxOf(children: Paragraph[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ ...extra, sections: [{ children }] })));
}

describe("extractDraftText on Word files", () => {
  it("writes list numbers, keeps headings together and separates paragraphs with blank lines", async () => {
    const docx = await docxOf(
      [
        new Paragraph({ text: "Article 1", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ children: [new TextRun({ text: "Scope", bold: true })] }),
        new Paragraph({ text: "This Convention applies to:", alignment: AlignmentType.BOTH }),
        new Paragraph({ text: "Offences;", numbering: { reference: "list", level: 1, instance: 1 } }),
        new Paragraph({ children: [new TextRun("Evidence"), new FootnoteReferenceRun(1), new TextRun(".")], numbering: { reference: "list", level: 1, instance: 1 } }),
        new Paragraph({ text: "Article 2", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: "Use of terms", heading: HeadingLevel.HEADING_3 }),
        new Paragraph({ text: "First.", numbering: { reference: "list", level: 0, instance: 2 } }),
        new Paragraph({ text: "Second.", numbering: { reference: "list", level: 0, instance: 2 } }),
      ],
      {
        numbering: {
          config: [
            {
              reference: "list",
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: "%1." },
                { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)" },
              ],
            },
          ],
        },
        footnotes: { 1: { children: [new Paragraph("Electronic evidence.")] } },
      },
    );
    const progress: [number, number][] = [];
    const extracted = await extractDraftText(docx, { fileName: "draft.docx", onProgress: (done, total) => progress.push([done, total]) });
    expect(extracted.text).toBe(
      ["Article 1\nScope", "This Convention applies to:", "(a) Offences;", "(b) Evidence.", "Article 2\nUse of terms", "1. First.", "2. Second."].join("\n\n"),
    );
    expect(extracted.footnotes).toEqual([{ marker: "1", text: "Electronic evidence.", paragraph: "(b) Evidence." }]);
    expect(progress).toEqual([[1, 1]]);
  });

  it("writes Arabic abjad and Russian letters from Word lists, in NFC", async () => {
    const docx = await docxOf(
      [
        new Paragraph({ text: "المادة 1" }),
        new Paragraph({ text: "البند الأول؛", numbering: { reference: "ar", level: 0, instance: 1 } }),
        new Paragraph({ text: "البند الثاني.", numbering: { reference: "ar", level: 0, instance: 1 } }),
        new Paragraph({ text: "Статья 2" }),
        new Paragraph({ text: "Cafe\u0301;", numbering: { reference: "ru", level: 0, instance: 1 } }),
      ],
      {
        numbering: {
          config: [
            { reference: "ar", levels: [{ level: 0, format: LevelFormat.ARABIC_ABJAD, text: "(%1)" }] },
            { reference: "ru", levels: [{ level: 0, format: LevelFormat.RUSSIAN_LOWER, text: "%1)" }] },
          ],
        },
      },
    );
    const { text } = await extractDraftText(docx, { fileName: "draft.docx" });
    expect(text).toBe(["المادة 1", "(أ) البند الأول؛", "(ب) البند الثاني.", "Статья 2", "а) Café;"].join("\n\n"));
    expect(text).toBe(text.normalize("NFC"));
  });
});
