import { describe, expect, it } from "vitest";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import type { ParsedProvision } from "../../../lib/draft-text/types";

const RUNNING_HEADER = "Draft convention on countering ICT crime";

// A short draft in the published layout. Page 2 begins inside Article 4, paragraph 1 and page 3
// right before Article 5; each page carries the document symbol, a page number and the header.
const FIXTURE_LINES = [
  RUNNING_HEADER,
  "",
  "DRAFT CONVENTION ON COUNTERING THE USE OF INFORMATION AND COMMUNICATIONS TECHNOLOGIES",
  "",
  "Preamble",
  "",
  "The States Parties to this Convention,",
  "",
  "Concerned by the serious threats posed by crimes committed using information",
  "and communications technologies,",
  "",
  "Have agreed as follows:",
  "",
  "Chapter I – General provisions",
  "",
  "Article 1",
  "Statement of purpose",
  "",
  "The purposes of this Convention are:",
  "",
  "(a) To promote and strengthen measures to prevent and combat crime;",
  "",
  "(b) To promote international cooperation.",
  "",
  "Article 2",
  "Use of terms",
  "",
  "For the purposes of this Convention:",
  "",
  "(a) “Information system” means:",
  "",
  "(i) Any device; or",
  "",
  "(ii) A group of interconnected devices;",
  "",
  "(b) “Service provider” means any public or private entity that provides com-",
  "munication services.",
  "",
  "Chapter II",
  "Criminalization",
  "",
  "Article 3. Illegal access",
  "",
  "1. Each State Party shall adopt such legislative and other measures as may be",
  "necessary to establish as a criminal offence the access to an information system:",
  "",
  "(a) With the intent of obtaining data; or",
  "",
  "(i) by infringing security measures; or",
  "",
  "(ii) by using stolen credentials;",
  "",
  "(b) In relation to a connected system.",
  "",
  "2. A State Party may require that the offence be committed with dishonest intent.",
  "",
  "Article 4",
  "Illegal interception",
  "",
  "1. Each State Party shall adopt such legislative and other measures as may be",
  "necessary to establish as criminal offences the interception of non-public",
  "",
  "A/AC.291/22/Rev.1",
  "",
  "2/3",
  "",
  RUNNING_HEADER,
  "",
  "transmissions of electronic data to, from or within an information system.",
  "",
  "2. A State Party may require that the offence be committed with dishonest intent.",
  "",
  "A/AC.291/22/Rev.1",
  "",
  "3/3",
  "",
  RUNNING_HEADER,
  "",
  "### Article 5",
  "",
  "####Final provisions",
  "",
  "1. This Convention shall be open for signature.",
  "2. This Convention is subject to ratification.",
  "",
  "V.23-12345 (E)",
  "- 4 -",
  RUNNING_HEADER,
];
const FIXTURE = FIXTURE_LINES.join("\n");

function lineOf(text: string): number {
  const index = FIXTURE_LINES.indexOf(text);
  if (index < 0) throw new Error(`fixture has no line ${text}`);
  return index + 1;
}

/** kind label [number] heading: text, indented per level — makes whole-tree assertions readable. */
function outline(provisions: ParsedProvision[], depth = 0): string[] {
  return provisions.flatMap((p) => [
    `${"  ".repeat(depth)}${p.kind} ${p.label ?? "-"} [${p.number ?? "-"}]${p.heading ? ` «${p.heading}»` : ""}: ${p.text}`,
    ...outline(p.children, depth + 1),
  ]);
}

function articles(provisions: ParsedProvision[]): ParsedProvision[] {
  return provisions.flatMap((p) => (p.kind === "ARTICLE" ? [p] : articles(p.children)));
}

describe("parseDraftText on a draft in the published layout", () => {
  const draft = parseDraftText(FIXTURE);

  it("builds the whole provision tree", () => {
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE Preamble [-]: The States Parties to this Convention,\n\nConcerned by the serious threats posed by crimes committed using information and communications technologies,\n\nHave agreed as follows:",
      "CHAPTER Chapter I [I] «General provisions»: ",
      "  ARTICLE Article 1 [1] «Statement of purpose»: The purposes of this Convention are:",
      "    SUBPARAGRAPH (a) [a]: To promote and strengthen measures to prevent and combat crime;",
      "    SUBPARAGRAPH (b) [b]: To promote international cooperation.",
      "  ARTICLE Article 2 [2] «Use of terms»: For the purposes of this Convention:",
      "    SUBPARAGRAPH (a) [a]: “Information system” means:",
      "      SUBPARAGRAPH (i) [i]: Any device; or",
      "      SUBPARAGRAPH (ii) [ii]: A group of interconnected devices;",
      "    SUBPARAGRAPH (b) [b]: “Service provider” means any public or private entity that provides communication services.",
      "CHAPTER Chapter II [II] «Criminalization»: ",
      "  ARTICLE Article 3 [3] «Illegal access»: ",
      "    PARAGRAPH 1. [1]: Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence the access to an information system:",
      "      SUBPARAGRAPH (a) [a]: With the intent of obtaining data; or",
      "        SUBPARAGRAPH (i) [i]: by infringing security measures; or",
      "        SUBPARAGRAPH (ii) [ii]: by using stolen credentials;",
      "      SUBPARAGRAPH (b) [b]: In relation to a connected system.",
      "    PARAGRAPH 2. [2]: A State Party may require that the offence be committed with dishonest intent.",
      "  ARTICLE Article 4 [4] «Illegal interception»: ",
      "    PARAGRAPH 1. [1]: Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences the interception of non-public transmissions of electronic data to, from or within an information system.",
      "    PARAGRAPH 2. [2]: A State Party may require that the offence be committed with dishonest intent.",
      "  ARTICLE Article 5 [5] «Final provisions»: ",
      "    PARAGRAPH 1. [1]: This Convention shall be open for signature.",
      "    PARAGRAPH 2. [2]: This Convention is subject to ratification.",
    ]);
  });

  it("finds exactly five articles numbered 1 to 5, with their headings", () => {
    const found = articles(draft.provisions);
    expect(found.map((a) => a.label)).toEqual(["Article 1", "Article 2", "Article 3", "Article 4", "Article 5"]);
    expect(found.map((a) => a.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(found.map((a) => a.heading)).toEqual([
      "Statement of purpose",
      "Use of terms",
      "Illegal access",
      "Illegal interception",
      "Final provisions",
    ]);
  });

  it("records the input line where each provision starts", () => {
    const [preamble, chapterOne, chapterTwo] = draft.provisions;
    expect(preamble?.line).toBe(lineOf("Preamble"));
    expect(chapterOne?.line).toBe(lineOf("Chapter I – General provisions"));
    expect(chapterTwo?.line).toBe(lineOf("Chapter II"));
    const found = articles(draft.provisions);
    expect(found.map((a) => a.line)).toEqual(
      ["Article 1", "Article 2", "Article 3. Illegal access", "Article 4", "### Article 5"].map(lineOf),
    );
    const article3 = found[2];
    expect(article3?.children[0]?.children[0]?.children[0]?.line).toBe(lineOf("(i) by infringing security measures; or"));
    // Both articles share their paragraph 2 wording; Article 4's is the later line.
    const paragraph2 = "2. A State Party may require that the offence be committed with dishonest intent.";
    expect(found[3]?.children[1]?.line).toBe(FIXTURE_LINES.lastIndexOf(paragraph2) + 1);
  });

  it("drops the running header, page numbers and document symbols and joins the split paragraph", () => {
    const everything = outline(draft.provisions).join("\n");
    expect(everything).not.toContain(RUNNING_HEADER);
    expect(everything).not.toContain("A/AC.291");
    expect(everything).not.toContain("V.23-12345");
    expect(everything).not.toMatch(/\b[234]\/3\b|- 4 -/);
    const split = articles(draft.provisions)[3]?.children[0];
    expect(split?.kind).toBe("PARAGRAPH");
    expect(split?.text).toBe(
      "Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences the interception of non-public transmissions of electronic data to, from or within an information system.",
    );
    expect(articles(draft.provisions)[3]?.children).toHaveLength(2);
  });

  it("drops the plain-text title line before the explicit preamble heading", () => {
    expect(draft.provisions[0]?.kind).toBe("PREAMBLE");
    expect(draft.provisions[0]?.text).not.toContain("DRAFT CONVENTION");
    expect(draft.provisions.map((p) => p.kind)).toEqual(["PREAMBLE", "CHAPTER", "CHAPTER"]);
  });

  it("reports no warnings for a well-formed draft", () => {
    expect(draft.warnings).toEqual([]);
  });

  it("gives the same result for CRLF line ends, a BOM, tabs and no-break spaces", () => {
    const messy = "\uFEFF" + FIXTURE.replace("1. Each State Party", "1.\tEach\u00A0State Party").replace(/\n/g, "\r\n");
    expect(parseDraftText(messy)).toEqual(draft);
  });
});
