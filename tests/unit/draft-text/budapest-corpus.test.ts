import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DraftParseError } from "../../../lib/draft-text/draft-parse-error";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import type { ParsedProvision } from "../../../lib/draft-text/types";

// The corpus lives beside the repository and is never copied into it.
const CORPUS_FILE = fileURLToPath(
  new URL("../../../../shared/corpus/real/budapest-convention-2001.en-nl.md", import.meta.url),
);

/**
 * The file holds the English text, then the Dutch translation. The Dutch half starts at its own
 * document title, the first "Verdrag …" Markdown heading after the English articles begin.
 */
function splitLanguages(): { english: string; dutch: string } {
  const lines = readFileSync(CORPUS_FILE, "utf8").split("\n");
  const firstArticle = lines.findIndex((line) => /^#+\s*Article\s+1\s*$/.test(line));
  const dutchStart = lines.findIndex((line, index) => index > firstArticle && /^#+\s*Verdrag\b/.test(line));
  if (firstArticle < 0 || dutchStart < 0) throw new Error("corpus layout changed: cannot split English/Dutch");
  return { english: lines.slice(0, dutchStart).join("\n"), dutch: lines.slice(dutchStart).join("\n") };
}

interface Located {
  article: ParsedProvision;
  /** Numbers of the enclosing chapter/section/title, outermost first, e.g. "II/2/1". */
  path: string;
  headings: (string | null)[];
}

function locateArticles(provisions: ParsedProvision[], ancestors: ParsedProvision[] = []): Located[] {
  return provisions.flatMap((p) =>
    p.kind === "ARTICLE"
      ? [{ article: p, path: ancestors.map((a) => a.number).join("/"), headings: ancestors.map((a) => a.heading) }]
      : locateArticles(p.children, [...ancestors, p]),
  );
}

// Chapter/section/title of every article, identical in both languages.
const ARTICLE_PATHS: [from: number, to: number, path: string][] = [
  [1, 1, "I"],
  [2, 6, "II/1/1"],
  [7, 8, "II/1/2"],
  [9, 9, "II/1/3"],
  [10, 10, "II/1/4"],
  [11, 13, "II/1/5"],
  [14, 15, "II/2/1"],
  [16, 17, "II/2/2"],
  [18, 18, "II/2/3"],
  [19, 19, "II/2/4"],
  [20, 21, "II/2/5"],
  [22, 22, "II/3"],
  [23, 23, "III/1/1"],
  [24, 24, "III/1/2"],
  [25, 26, "III/1/3"],
  [27, 28, "III/1/4"],
  [29, 30, "III/2/1"],
  [31, 34, "III/2/2"],
  [35, 35, "III/2/3"],
  [36, 48, "IV"],
];
const EXPECTED_PATHS = ARTICLE_PATHS.flatMap(([from, to, path]) =>
  Array.from({ length: to - from + 1 }, () => path),
);
const ONE_TO_48 = Array.from({ length: 48 }, (_, i) => String(i + 1));

function labels(nodes: ParsedProvision[] | undefined): (string | null)[] {
  return (nodes ?? []).map((n) => n.label);
}

const { english, dutch } = splitLanguages();

describe("Budapest Convention (2001), English text", () => {
  const draft = parseDraftText(english);
  const located = locateArticles(draft.provisions);
  const article = (n: number): ParsedProvision => {
    const found = located[n - 1]?.article;
    if (!found) throw new Error(`no article ${n}`);
    return found;
  };

  it("has exactly 48 articles numbered 1..48 in order", () => {
    expect(located.map((l) => l.article.number)).toEqual(ONE_TO_48);
    expect(located.map((l) => l.article.label)).toEqual(ONE_TO_48.map((n) => `Article ${n}`));
  });

  it("places every article under the right chapter, section and title", () => {
    expect(located.map((l) => l.path)).toEqual(EXPECTED_PATHS);
    expect(draft.provisions.map((p) => `${p.kind} ${p.number ?? ""}`.trim())).toEqual([
      "PREAMBLE",
      "CHAPTER I",
      "CHAPTER II",
      "CHAPTER III",
      "CHAPTER IV",
    ]);
  });

  it("reads chapter, section, title and article headings", () => {
    expect(located[14]?.headings).toEqual(["MEASURES TO BE TAKEN AT THE NATIONAL LEVEL", "PROCEDURAL LAW", "COMMON PROVISIONS"]);
    expect(article(15).heading).toBe("Conditions and safeguards");
    expect(article(2).heading).toBe("Illegal access");
    expect(article(1).heading).toBe("Definitions");
    expect(article(35).heading).toBe("24/7 Network");
    expect(article(48).heading).toBe("Notification");
    expect(located.every((l) => l.article.heading !== null)).toBe(true);
  });

  it("keeps the preamble (inline after its heading word) and drops the title and HTML lines", () => {
    const preamble = draft.provisions[0];
    expect(preamble?.kind).toBe("PREAMBLE");
    expect(preamble?.label).toBe("Preamble");
    expect(preamble?.text.startsWith("The member States of the Council of Europe and the other States signatory hereto,")).toBe(true);
    expect(preamble?.text.endsWith("Have agreed as follows:")).toBe(true);
    // Markdown links keep their text only.
    expect(preamble?.text).toContain("as enshrined in the 1950 Council of Europe Convention for the Protection of Human Rights and Fundamental Freedoms, the 1966");
    expect(JSON.stringify(draft)).not.toMatch(/README\.md|\]\(|<meta|Convention on Cybercrime|Verdrag/);
    // Emphasis inside the text is kept as written, also in the inline preamble.
    expect(preamble?.text).toContain("cybercrime,*inter alia,* by adopting");
  });

  it("puts Article 1's chapeau in the article and a)–d) under it, with (i)(ii) under c)", () => {
    const definitions = article(1);
    expect(definitions.text).toBe("For the purposes of this Convention:");
    expect(labels(definitions.children)).toEqual(["a)", "b)", "c)", "d)"]);
    expect(definitions.children.map((c) => c.kind)).toEqual(Array(4).fill("SUBPARAGRAPH"));
    expect(definitions.children[0]?.text).toBe(
      '"computer system" means any device or a group of interconnected or related devices, one or more of which, pursuant to a program, performs automatic processing of data;',
    );
    const serviceProvider = definitions.children[2];
    expect(serviceProvider?.text).toBe('"service provider" means:');
    expect(labels(serviceProvider?.children)).toEqual(["(i)", "(ii)"]);
    expect(serviceProvider?.children.map((c) => c.number)).toEqual(["i", "ii"]);
    expect(serviceProvider?.children[1]?.text.startsWith("any other entity that processes or stores computer data")).toBe(true);
    expect(definitions.children[3]?.children).toEqual([]);
  });

  it("nests numbered paragraphs, lettered subparagraphs and roman items", () => {
    const scope = article(14);
    expect(labels(scope.children)).toEqual(["1.", "2.", "3."]);
    expect(labels(scope.children[1]?.children)).toEqual(["a)", "b)", "c)"]);
    // "3." stands alone on its line; "a)Each Party…" is glued to its marker.
    const third = scope.children[2];
    expect(third?.text).toBe("");
    expect(labels(third?.children)).toEqual(["a)", "b)"]);
    expect(third?.children[0]?.text.startsWith("Each Party may reserve the right to apply the measures referred to in Article 20")).toBe(true);
    expect(labels(third?.children[1]?.children)).toEqual(["(i)", "(ii)"]);

    const safeguards = article(15);
    expect(labels(safeguards.children)).toEqual(["1.", "2.", "3."]);
    expect(safeguards.children[1]?.text.startsWith("2 Such conditions and safeguards shall")).toBe(true);

    const misuse = article(6);
    expect(labels(misuse.children)).toEqual(["1.", "2.", "3."]);
    expect(labels(misuse.children[0]?.children)).toEqual(["a)", "b)"]);
    expect(labels(misuse.children[0]?.children[0]?.children)).toEqual(["(i)", "(ii)"]);
  });

  it("keeps dash items under their paragraph and closing text as an unnumbered paragraph", () => {
    const effects = article(39);
    expect(labels(effects.children)).toEqual(["1.", "2.", "3."]);
    const items = effects.children[0]?.children ?? [];
    expect(items.map((c) => [c.kind, c.label])).toEqual(Array(3).fill(["PARAGRAPH", null]));
    expect(items[0]?.text.startsWith("– the European Convention on Extradition")).toBe(true);

    const notification = article(48);
    expect(labels(notification.children)).toEqual(["a)", "b)", "c)", "d)", "e)", null]);
    expect(notification.children[5]?.text.startsWith("IN WITNESS WHEREOF the undersigned")).toBe(true);
  });

  it("turns LaTeX quotes into straight quotes and reports no warnings", () => {
    expect(article(9).children[2]?.text).toContain('the term "minor" shall include');
    expect(draft.warnings).toEqual([]);
  });
});

describe("Budapest Convention (2001), Dutch text", () => {
  const draft = parseDraftText(dutch);
  const located = locateArticles(draft.provisions);

  it("has exactly 48 articles numbered 1..48 in order", () => {
    expect(located.map((l) => l.article.number)).toEqual(ONE_TO_48);
    expect(located.map((l) => l.article.label)).toEqual(ONE_TO_48.map((n) => `Artikel ${n}`));
  });

  it("places every article under the right hoofdstuk, afdeling and titel", () => {
    expect(located.map((l) => l.path)).toEqual(EXPECTED_PATHS);
    expect(labels(draft.provisions)).toEqual(["Preambule", "HOOFDSTUK I", "HOOFDSTUK II", "HOOFDSTUK III", "HOOFDSTUK IV"]);
    expect(located[14]?.article.heading).toBe("Voorwaarden en waarborgen");
  });

  it("reads the preamble glued to its heading word and the a./i. subparagraph style", () => {
    expect(draft.provisions[0]?.text.startsWith("De lidstaten van de Raad van Europa")).toBe(true);
    const definitions = located[0]?.article;
    expect(definitions?.text).toBe("Voor de toepassing van dit Verdrag wordt verstaan onder:");
    expect(labels(definitions?.children)).toEqual(["a.", "b.", "c.", "d."]);
    expect(labels(definitions?.children[2]?.children)).toEqual(["i.", "ii."]);
    // "a.Iedere Partij…" is glued to its marker, like the English "a)Each Party…".
    expect(labels(located[13]?.article.children[2]?.children)).toEqual(["a.", "b."]);
    expect(draft.warnings).toEqual([]);
  });

  it("only recognises Dutch heading words when asked for Dutch", () => {
    expect(locateArticles(parseDraftText(dutch, { language: "nl" }).provisions)).toHaveLength(48);
    expect(() => parseDraftText(dutch, { language: "en" })).toThrow(DraftParseError);
  });
});
