import { describe, expect, it } from "vitest";
import { matchPreambleHeading, matchStructuralHeading } from "../../../lib/draft-text/headings";
import { matchParagraphMarker, matchSubparagraphMarker } from "../../../lib/draft-text/numbering";
import { isPageFurniture } from "../../../lib/draft-text/page-furniture";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import { romanToInt } from "../../../lib/draft-text/roman";

describe("structural headings", () => {
  it.each([
    ["### Article  2  ", "ARTICLE", "Article 2", "2", null],
    ["###SECTION 1 ", "SECTION", "SECTION 1", "1", null],
    ["### CHAPTER  I  ", "CHAPTER", "CHAPTER I", "I", null],
    ["Article 5. Respect for human rights", "ARTICLE", "Article 5", "5", "Respect for human rights"],
    ["Chapter IV – General provisions", "CHAPTER", "Chapter IV", "IV", "General provisions"],
    ["Part one: misc", null, null, null, null],
    ["**Article 24**", "ARTICLE", "Article 24", "24", null],
    ["Title 1", "TITLE", "Title 1", "1", null],
    ["Annex", "ANNEX", "Annex", null, null],
    ["Annex II", "ANNEX", "Annex II", "II", null],
    ["Annex B - Model form", "ANNEX", "Annex B", "B", "Model form"],
    ["Hoofdstuk 3", "CHAPTER", "Hoofdstuk 3", "3", null],
    ["Artikel 12", "ARTICLE", "Artikel 12", "12", null],
    ["Chapitre II", "CHAPTER", "Chapitre II", "II", null],
    ["Partie II", "PART", "Partie II", "II", null],
    ["Artículo 3", "ARTICLE", "Artículo 3", "3", null],
    ["Статья 7", "ARTICLE", "Статья 7", "7", null],
    ["Глава 2", "CHAPTER", "Глава 2", "2", null],
    ["Điều 5", "ARTICLE", "Điều 5", "5", null],
    ["Phụ lục", "ANNEX", "Phụ lục", null, null],
    ["الفصل الحادي عشر", "CHAPTER", "الفصل الحادي عشر", "11", null],
    ["الفصل 1", "CHAPTER", "الفصل 1", "1", null],
    ["المادة ٥", "ARTICLE", "المادة ٥", "5", null],
    ["الجزء الثاني", "PART", "الجزء الثاني", "2", null],
    ["المرفق", "ANNEX", "المرفق", null, null],
    ["Article 5 bis", "ARTICLE", "Article 5 bis", "5 bis", null],
    ["Article 5 of the Convention shall apply.", null, null, null, null],
    ["Section 2 of this chapter", null, null, null, null],
    ["Article", null, null, null, null],
    ["Articles 2 through 11", null, null, null, null],
  ])("%j", (line, kind, label, number, heading) => {
    const match = matchStructuralHeading(line);
    expect(match === null ? null : [match.kind, match.label, match.number, match.heading]).toEqual(
      kind === null ? null : [kind, label, number, heading],
    );
  });

  it("restricts heading words to one language when asked", () => {
    expect(matchStructuralHeading("Artikel 1", "en")).toBeNull();
    expect(matchStructuralHeading("Artikel 1", "nl")?.kind).toBe("ARTICLE");
    expect(matchStructuralHeading("Article 1", "en-GB")?.kind).toBe("ARTICLE");
  });

  it("reads preamble headings alone or glued to their first words", () => {
    expect(matchPreambleHeading("Preamble")).toEqual({ label: "Preamble", inlineText: null });
    expect(matchPreambleHeading("### PRÉAMBULE")).toEqual({ label: "PRÉAMBULE", inlineText: null });
    expect(matchPreambleHeading("Preamble The member States")).toEqual({ label: "Preamble", inlineText: "The member States" });
    expect(matchPreambleHeading("PreambuleDe lidstaten")).toEqual({ label: "Preambule", inlineText: "De lidstaten" });
    expect(matchPreambleHeading("الديباجة")).toEqual({ label: "الديباجة", inlineText: null });
    expect(matchPreambleHeading("Preambles were discussed")).toBeNull();
  });
});

describe("item markers", () => {
  it.each([
    ["1. Text", "1.", "1", "Text"],
    ["1 - Text", "1 -", "1", "Text"],
    ["1- Text", "1-", "1", "Text"],
    ["12) Text", "12)", "12", "Text"],
    ["١. نص", "١.", "1", "نص"],
    ["3.", "3.", "3", ""],
  ])("paragraph %j", (line, label, number, rest) => {
    expect(matchParagraphMarker(line)).toEqual({ label, number, rest });
  });

  it.each([["1.5 million"], ["2001. A year"], ["- 3 -"], ["Text 1."]])("not a paragraph: %j", (line) => {
    expect(matchParagraphMarker(line)).toBeNull();
  });

  it.each([
    ["(a) Text", "(a)", "a"],
    ["a) Text", "a)", "a"],
    ["a)Text", "a)", "a"],
    ["a. Text", "a.", "a"],
    ["(iv) Text", "(iv)", "iv"],
    ["(أ) نص", "(أ)", "أ"],
    ["(هـ) نص", "(هـ)", "هـ"],
  ])("subparagraph %j", (line, label, number) => {
    expect(matchSubparagraphMarker(line)).toMatchObject({ label, number });
  });

  it.each([["e.g. text"], ["(aa) text"], ["i.e. text"], ["(A) text"]])("not a subparagraph: %j", (line) => {
    expect(matchSubparagraphMarker(line)).toBeNull();
  });
});

describe("letters and roman numerals", () => {
  const parse = (items: string[]) =>
    parseDraftText(["Article 1", "Scope", "", "1. Chapeau:", "", ...items.flatMap((item) => [item, ""])].join("\n")).provisions[0]
      ?.children[0];

  it("reads (i) after (h) as a letter", () => {
    const letters = "abcdefghi".split("").map((l) => `(${l}) item ${l};`);
    expect(parse(letters)?.children.map((c) => c.number)).toEqual("abcdefghi".split(""));
  });

  it("reads (i) under a letter as a roman item, and (v) after (iv)", () => {
    const paragraph = parse(["(a) first:", "(i) one;", "(ii) two;", "(iii) three;", "(iv) four;", "(v) five;", "(b) second."]);
    expect(paragraph?.children.map((c) => c.label)).toEqual(["(a)", "(b)"]);
    expect(paragraph?.children[0]?.children.map((c) => c.number)).toEqual(["i", "ii", "iii", "iv", "v"]);
  });

  it("puts roman items straight under a paragraph without letters", () => {
    const paragraph = parse(["(i) one;", "(ii) two."]);
    expect(paragraph?.children.map((c) => [c.kind, c.number])).toEqual([
      ["SUBPARAGRAPH", "i"],
      ["SUBPARAGRAPH", "ii"],
    ]);
  });

  it("validates roman numerals strictly", () => {
    expect(romanToInt("XIV")).toBe(14);
    expect(romanToInt("iv")).toBe(4);
    expect(romanToInt("IIII")).toBeNull();
    expect(romanToInt("")).toBeNull();
  });
});

describe("page furniture", () => {
  it.each([["A/AC.291/22/Rev.1"], ["A/AC.291/L.1"], ["V.23-12345 (E)"], ["*2312345*"], ["3"], ["- 3 -"], ["3/45"], ["Page 3 of 45"]])(
    "drops %j",
    (line) => expect(isPageFurniture(line)).toBe(true),
  );

  it.each([["1. Text"], ["Article 3"], ["AND/OR"], ["24/7 NETWORK"], ["(a)"]])("keeps %j", (line) =>
    expect(isPageFurniture(line)).toBe(false),
  );

  it("starts a new paragraph after a page break when the text before it was complete", () => {
    const text = ["Article 1", "Scope", "", "1. First sentence ends here.", "", "7", "", "Second paragraph.", "", "2. Next."].join("\n");
    const paragraph = parseDraftText(text).provisions[0]?.children[0];
    expect(paragraph?.text).toBe("First sentence ends here.");
    expect(paragraph?.children.map((c) => [c.label, c.text])).toEqual([[null, "Second paragraph."]]);
  });

  it("keeps a heading that repeats under several articles", () => {
    const article = (n: number) => [`Article ${n}`, "Reservations", "", "Text."];
    const draft = parseDraftText([1, 2, 3].flatMap(article).join("\n"));
    expect(draft.provisions.map((p) => p.heading)).toEqual(["Reservations", "Reservations", "Reservations"]);
  });

  it("drops a running header repeated three times but keeps a line repeated twice", () => {
    const page = (n: number, header: string) => [header, "", `Article ${n}`, "Scope", "", "Text."];
    const thrice = parseDraftText([1, 2, 3].flatMap((n) => page(n, "Running head")).join("\n"));
    expect(JSON.stringify(thrice)).not.toContain("Running head");
    const twice = parseDraftText([1, 2].flatMap((n) => page(n, "Running head")).join("\n"));
    expect(twice.provisions[0]?.text).toBe("Running head");
  });
});

describe("line handling", () => {
  it("joins continuation lines, removes hyphenation breaks and drops HTML lines", () => {
    const text = ['<meta charset="utf-8" />', "Article 1", "Scope", "", "The com-", "munication of ``data\" under", "[the treaty](http://x.org/(a)/b) applies."].join("\n");
    expect(parseDraftText(text).provisions[0]?.text).toBe('The communication of "data" under the treaty applies.');
  });

  it("nests unnumbered paragraphs after numbered ones and appends continuation lines", () => {
    const text = ["Article 1", "Scope", "", "1. First", "line.", "", "Closing words.", "", "2. Second."].join("\n");
    const article = parseDraftText(text).provisions[0];
    expect(article?.children.map((c) => [c.label, c.text])).toEqual([
      ["1.", "First line."],
      ["2.", "Second."],
    ]);
    expect(article?.children[0]?.children.map((c) => [c.kind, c.label, c.text])).toEqual([["PARAGRAPH", null, "Closing words."]]);
  });

  it("always takes a Markdown heading line under an article as its heading", () => {
    const article = parseDraftText("### Article 3\n####scope of application: general\n\nText.").provisions[0];
    expect(article).toMatchObject({ heading: "scope of application: general", text: "Text." });
  });

  it("uses the order in which container kinds first appear for nesting", () => {
    const text = ["Part I", "", "Chapter 1", "", "Article 1", "One", "", "Text.", "", "Part II", "", "Article 2", "Two", "", "Text.", "", "Annex", "", "1. Annexed text."].join("\n");
    const draft = parseDraftText(text);
    expect(draft.provisions.map((p) => [p.kind, p.label, p.children.map((c) => c.label)])).toEqual([
      ["PART", "Part I", ["Chapter 1"]],
      ["PART", "Part II", ["Article 2"]],
      ["ANNEX", "Annex", ["1."]],
    ]);
    expect(draft.provisions[0]?.children[0]?.children.map((c) => c.label)).toEqual(["Article 1"]);
  });
});
