import { describe, expect, it } from "vitest";
import { findPageFurniture } from "../../../lib/draft-import/pdf-furniture";
import { buildLines, type PdfLine, type PdfTextItem } from "../../../lib/draft-import/pdf-lines";
import { buildParagraphs, joinLineText, readFootnotes, splitFootnoteLines } from "../../../lib/draft-import/pdf-paragraphs";

// Synthetic pdf.js text items: a 10-point font, glyphs 5 points wide, text column 72–522.

const SIZE = 10;

function item(str: string, x: number, y: number, options: Partial<PdfTextItem> = {}): PdfTextItem {
  return { str, x, y, width: [...str].length * 5, fontSize: SIZE, dir: "ltr", ...options };
}

function line(text: string, y: number, options: Partial<PdfLine> = {}): PdfLine {
  return { text, left: 72, right: 522, y, fontSize: SIZE, rtl: false, ...options };
}

describe("buildLines", () => {
  it("orders lines top to bottom and items left to right, with spaces from gaps", () => {
    const lines = buildLines([
      item("second", 72, 686),
      item("world", 110, 700.5),
      item("Hello", 72, 700),
      item("line", 110, 686),
    ]);
    expect(lines.map((l) => l.text)).toEqual(["Hello world", "second line"]);
    expect(lines[0]).toMatchObject({ left: 72, right: 135, rtl: false });
  });

  it("does not put a space between touching items (a ligature split off)", () => {
    expect(buildLines([item("o", 72, 700), item("ff", 77, 700), item("ences", 87, 700)])[0]?.text).toBe("offences");
  });

  it("drops superscript note references but keeps the text around them", () => {
    const lines = buildLines([item("Convention", 72, 700), item("12", 122, 704, { fontSize: 6, width: 6 }), item("applies", 133, 700)]);
    expect(lines.map((l) => l.text)).toEqual(["Convention applies"]);
  });

  it("reads right-to-left lines from right to left, keeps numbers and Latin words in order and mirrors brackets", () => {
    // "(أ) المادة 19 من Draftwatch" as Chromium draws it, right to left with brackets mirrored,
    // above a line of Arabic text that makes the page a right-to-left one.
    const rtl = (str: string, x: number, width: number, y = 700): PdfTextItem => item(str, x, y, { dir: "rtl", width });
    const lines = buildLines([
      item(")", 515, 700, { width: 4 }),
      rtl("أ", 511, 4),
      item("(", 507, 700, { width: 4 }),
      rtl("المادة", 470, 33),
      item("19", 455, 700, { width: 10 }),
      rtl("من", 435, 15),
      item("Draft", 380, 700, { width: 25 }),
      item("watch", 405, 700, { width: 25 }),
      rtl("تعتمد كل دولة طرف", 400, 120, 686),
    ]);
    expect(lines[0]).toMatchObject({ text: "(أ) المادة 19 من Draftwatch", rtl: true });
  });

  it("attaches diacritics drawn apart to their letter and unfolds presentation forms", () => {
    const lines = buildLines([
      item("ﺪ", 500, 700, { dir: "rtl", width: 5 }),
      item(" \u0651", 502, 701, { width: 0 }),
      item("ﻋ", 505, 700, { dir: "rtl", width: 5 }),
    ]);
    expect(lines[0]?.text).toBe("عدّ");
  });

  it("ignores zero-width spaces that pdf.js invents around ligatures", () => {
    const lines = buildLines([item("الإ", 100, 700, { dir: "rtl", width: 10 }), item(" ", 100, 700, { width: 0 }), item("ن", 95, 700, { dir: "rtl", width: 5 })]);
    expect(lines[0]?.text).toBe("الإن");
  });
});

describe("findPageFurniture", () => {
  const page = (n: number): PdfLine[] => [
    line(n % 2 ? "SAMPLE/AHC.1/3" : "SAMPLE/AHC.1/3", 800, { fontSize: 7 }),
    line(`Article ${n}`, 760),
    line("Each State Party shall adopt such measures as may be necessary.", 740),
    line("Reservations", 720),
    line(`${n}`, 40, { fontSize: 7 }),
    line("V.31-01234 (E)", 30, { fontSize: 7 }),
  ];

  it("finds running headers, page numbers and job numbers on every page, and nothing else", () => {
    const furniture = findPageFurniture([1, 2, 3, 4].map(page));
    expect(furniture.map((set) => [...set].sort())).toEqual([[0, 4, 5], [0, 4, 5], [0, 4, 5], [0, 4, 5]]);
  });

  it("keeps a heading that opens several pages at the same height", () => {
    const pages = [1, 2, 3].map((n) => [line(`Article ${n}`, 760), line("Scope of application", 745), line("Text goes on here.", 730)]);
    expect(findPageFurniture(pages).map((set) => set.size)).toEqual([0, 0, 0]);
  });

  it("drops a symbol or barcode line at the edge of a single page by its pattern", () => {
    const furniture = findPageFurniture([[line("A/AC.291/22/Rev.1", 800), line("Article 1", 760), line("Text.", 740), line("*2312345*", 30)]]);
    expect([...(furniture[0] ?? [])].sort()).toEqual([0, 3]);
  });
});

describe("buildParagraphs", () => {
  const texts = (pages: PdfLine[][]): string[] => buildParagraphs(pages).map((block) => block.text);

  it("joins the lines of a paragraph and splits paragraphs at short lines and gaps", () => {
    expect(
      texts([
        [
          line("Article 5", 700, { left: 270, right: 320 }),
          line("Illegal access", 686, { left: 262, right: 332 }),
          line("1. Each State Party shall adopt such legislative and other measures as", 666),
          line("may be necessary.", 652, { right: 160 }),
          line("Unnumbered text that is a paragraph of its own and reaches the column's", 632),
          line("end before it stops.", 618, { right: 180 }),
        ],
      ]),
    ).toEqual([
      "Article 5",
      "Illegal access",
      "1. Each State Party shall adopt such legislative and other measures as may be necessary.",
      "Unnumbered text that is a paragraph of its own and reaches the column's end before it stops.",
    ]);
  });

  it("starts an item on a new line after a colon or “; or”, but not after a word that goes on", () => {
    expect(
      texts([
        [
          line("1. The conduct referred to in subparagraph", 700),
          line("(a) of this paragraph shall be punished as follows:", 686),
          line("(a) By imprisonment; or", 672),
          line("(b) By a fine.", 658, { right: 200 }),
        ],
      ]),
    ).toEqual([
      "1. The conduct referred to in subparagraph (a) of this paragraph shall be punished as follows:",
      "(a) By imprisonment; or",
      "(b) By a fine.",
    ]);
  });

  it("ends a paragraph at a centred heading even when it is long", () => {
    expect(
      texts([
        [
          line("Interference with an information and communications technology system", 700, { left: 110, right: 484 }),
          line("Each State Party shall adopt such measures as may be necessary to establish as an", 686),
          line("offence the hindering of a system.", 672, { right: 250 }),
        ],
      ]),
    ).toEqual([
      "Interference with an information and communications technology system",
      "Each State Party shall adopt such measures as may be necessary to establish as an offence the hindering of a system.",
    ]);
  });

  it("continues a paragraph across a page break", () => {
    expect(texts([[line("2. A State Party may require that the offence be committed by", 100)], [line("infringing security measures.", 760, { right: 220 })]])).toEqual([
      "2. A State Party may require that the offence be committed by infringing security measures.",
    ]);
  });

  it("treats right-to-left lines by their left end", () => {
    expect(
      texts([
        [
          line("1 - تعتمد كل دولة طرف ما قد يلزم من تدابير تشريعية", 700, { rtl: true }),
          line("وتدابير أخرى.", 686, { rtl: true, left: 400 }),
          line("2 - يجوز للدولة الطرف.", 672, { rtl: true, left: 380 }),
        ],
      ]),
    ).toEqual(["1 - تعتمد كل دولة طرف ما قد يلزم من تدابير تشريعية وتدابير أخرى.", "2 - يجوز للدولة الطرف."]);
  });
});

describe("joinLineText", () => {
  const words = new Set(["capacity-building", "communication"]);

  it("removes a typesetting hyphen before a lowercase continuation", () => {
    expect(joinLineText("the com-", "munication of data", words)).toBe("the communication of data");
    expect(joinLineText("the inter\u2010", "national community", words)).toBe("the international community");
  });

  it("keeps the hyphen of a compound the document writes with one", () => {
    expect(joinLineText("technical assistance and capacity-", "building measures", words)).toBe("technical assistance and capacity-building measures");
  });

  it("keeps a hyphen before a capital and joins ordinary lines with a space", () => {
    expect(joinLineText("the Inter-", "American Convention", words)).toBe("the Inter-American Convention");
    expect(joinLineText("States Parties", "shall", words)).toBe("States Parties shall");
  });
});

describe("footnotes", () => {
  it("separates small print below the body and reads numbered notes", () => {
    const page = [line("Body text.", 700), line("More body text.", 686), line("1 See the report of the first", 80, { fontSize: 8 }), line("session.", 70, { fontSize: 8 }), line("2 Ibid.", 60, { fontSize: 8 })];
    const { body, notes } = splitFootnoteLines(page, SIZE);
    expect(body.map((l) => l.text)).toEqual(["Body text.", "More body text."]);
    expect(readFootnotes(notes)).toEqual([
      { marker: "1", text: "See the report of the first session." },
      { marker: "2", text: "Ibid." },
    ]);
  });
});
