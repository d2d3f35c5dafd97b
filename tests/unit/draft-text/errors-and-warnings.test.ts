import { describe, expect, it } from "vitest";
import { DraftParseError } from "../../../lib/draft-text/draft-parse-error";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import { DraftParseError as ReexportedError } from "../../../lib/draft-text/types";

function parseError(text: string): DraftParseError {
  try {
    parseDraftText(text);
  } catch (error) {
    if (error instanceof DraftParseError) return error;
    throw error;
  }
  throw new Error("expected a DraftParseError");
}

describe("DraftParseError", () => {
  it("is re-exported from types", () => {
    expect(ReexportedError).toBe(DraftParseError);
    expect(new DraftParseError("m", 3, "x")).toBeInstanceOf(Error);
  });

  it.each([[""], ["   \n\t\n  "], ["\uFEFF\r\n\u00A0\r\n"]])("rejects empty input %j", (text) => {
    const error = parseError(text);
    expect(error.message).toBe("The file is empty.");
    expect(error.line).toBe(0);
    expect(error.lineText).toBe("");
  });

  it("rejects a text without any article", () => {
    const error = parseError("Preamble\n\nThe States Parties,\n\nChapter I\nGeneral provisions\n\nSome text.\n");
    expect(error.message).toBe("No article found: expected headings such as “Article 1”.");
    expect(error.line).toBe(0);
  });

  it("rejects a text whose only content is page furniture", () => {
    expect(parseError("A/AC.291/22\n\n3\n").message).toBe("No article found: expected headings such as “Article 1”.");
  });

  it("rejects a numbered paragraph between a chapter heading and its first article", () => {
    const text = ["Chapter I", "General provisions", "", "2.  text of a stray paragraph", "", "Article 1", "Scope", "", "Text."].join("\n");
    const error = parseError(text);
    expect(error.message).toBe("Line 4: “2. text of a stray paragraph” is a numbered paragraph outside any article.");
    expect(error.line).toBe(4);
    expect(error.lineText).toBe("2.  text of a stray paragraph");
  });

  it("quotes only the first 60 characters of a long line", () => {
    const long = "3. Each State Party shall adopt such legislative and other measures as may be necessary.";
    const error = parseError(["Article 1", "Scope", "", "Text.", "", "Chapter II", "", long].join("\n"));
    expect(error.message).toBe(`Line 8: “${long.slice(0, 60)}…” is a numbered paragraph outside any article.`);
    expect(error.lineText).toBe(long);
  });

  it("rejects a subparagraph after a chapter heading", () => {
    const error = parseError(["Chapter I", "", "(a) stray item", "", "Article 1", "Scope", "", "Text."].join("\n"));
    expect(error.message).toBe("Line 3: “(a) stray item” is a subparagraph outside any article.");
    expect(error.line).toBe(3);
  });

  it("accepts numbered lines before the first heading as preamble text", () => {
    const draft = parseDraftText(["The General Assembly,", "", "1. Decides to convene a conference;", "", "Article 1", "Scope", "", "Text."].join("\n"));
    expect(draft.provisions[0]).toMatchObject({
      kind: "PREAMBLE",
      label: null,
      line: 1,
      text: "The General Assembly,\n\n1. Decides to convene a conference;",
    });
  });
});

describe("parse warnings", () => {
  it("warns about a gap in article numbering", () => {
    const text = ["Article 1", "One", "", "Text.", "", "Article 2", "Two", "", "Text.", "", "Article 3", "Three", "", "Text.", "", "Article 5", "Five", "", "Text."].join("\n");
    const draft = parseDraftText(text);
    expect(draft.warnings).toEqual([{ line: 16, message: "Article 5 follows Article 3: numbering gap." }]);
    expect(draft.provisions.map((p) => p.number)).toEqual(["1", "2", "3", "5"]);
  });

  it("warns about a gap in paragraph numbering", () => {
    const text = ["Article 2", "Scope", "", "1. First.", "", "3. Third."].join("\n");
    const draft = parseDraftText(text);
    expect(draft.warnings).toEqual([{ line: 6, message: "Paragraph 3 in Article 2 follows paragraph 1: numbering gap." }]);
    expect(draft.provisions[0]?.children.map((p) => p.label)).toEqual(["1.", "3."]);
  });

  it("warns about numbering out of order", () => {
    const draft = parseDraftText(["Article 2", "Two", "", "Text.", "", "Article 1", "One", "", "Text."].join("\n"));
    expect(draft.warnings).toEqual([{ line: 6, message: "Article 1 follows Article 2: numbering out of order." }]);
  });

  it("warns about duplicate article numbers", () => {
    const text = ["Article 1", "One", "", "Text.", "", "Article 2", "Two", "", "Text.", "", "Article 2", "Two again", "", "Text."].join("\n");
    const draft = parseDraftText(text);
    expect(draft.warnings).toEqual([{ line: 11, message: "Article 2 appears more than once (first on line 6)." }]);
    expect(draft.provisions).toHaveLength(3);
  });

  it("warns about an article without heading and keeps its chapeau as text", () => {
    const text = ["Article 1", "Use of terms", "", "Text.", "", "Article 2", "", "For the purposes of this Convention:", "", "(a) “Data” means anything."].join("\n");
    const draft = parseDraftText(text);
    expect(draft.warnings).toEqual([{ line: 6, message: "Article 2 has no heading." }]);
    const article = draft.provisions[1];
    expect(article?.heading).toBeNull();
    expect(article?.text).toBe("For the purposes of this Convention:");
    expect(article?.children.map((c) => c.label)).toEqual(["(a)"]);
  });

  it("does not take a long sentence or a wrapped line for a heading", () => {
    const sentence = "Each State Party shall adopt such measures as may be necessary to establish the offence.";
    const wrapped = ["Article 1", "Each State Party shall, in", "accordance with its law, act."].join("\n");
    expect(parseDraftText(`Article 1\n\n${sentence}`).provisions[0]).toMatchObject({ heading: null, text: sentence });
    expect(parseDraftText(wrapped).provisions[0]).toMatchObject({
      heading: null,
      text: "Each State Party shall, in accordance with its law, act.",
    });
  });
});
