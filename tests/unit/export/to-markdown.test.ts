import { describe, expect, it } from "vitest";
import { markdownRedline } from "../../../lib/export/markdown-text";
import { toMarkdown } from "../../../lib/export/to-markdown";
import { ARABIC, arabicSubmission, englishSubmission, SERIOUS_CRIME, VIETNAMESE } from "./helpers/fixtures";

/** Each "Proposed text" block read as amended: struck-out words dropped, then markers and escapes. */
function amendedTexts(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*Proposed text\*\*\n\n([\s\S]*?)\n\n\*\*Justification\*\*/g)].map((match) =>
    (match[1] ?? "").replace(/~~.*?~~/g, "").replace(/\*\*/g, "").replace(/\\(.)/g, "$1"),
  );
}

describe("Markdown export", () => {
  const markdown = toMarkdown(englishSubmission());

  it("opens with the title, the draft, the signatories and the introduction", () => {
    expect(markdown.startsWith("# Joint submission on the revised draft: safeguards and scope\n\n")).toBe(true);
    expect(markdown).toContain("Revised draft text of the convention (A/AC.291/22/Rev.1), 2024-05-29");
    expect(markdown).toContain("**Submitted by**\n\n- Digital Rights Watch\n- Trung tâm Nghiên cứu Quyền con người\n- Association \"Libertés, numériques\"");
    expect(markdown).toContain("## Introduction\n\nThe undersigned organisations welcome the *revised draft* and propose the amendments below.");
    expect(markdown).toContain("- **Safeguards must be *binding***");
    expect(markdown).toContain("[OHCHR commentary](https://www.ohchr.org/en/cybercrime)");
  });

  it("has one section per article, in the order the authors placed their first item, each item under it", () => {
    const headings = markdown.match(/^##? .*$/gm) ?? [];
    expect(headings).toEqual([
      "# Joint submission on the revised draft: safeguards and scope",
      "## Introduction",
      "## Article 26: Conditions and safeguards",
      "## Article 27: Scope of international cooperation",
    ]);
    expect(markdown.match(/^### .*$/gm)).toEqual(["### Article 26, 1.", "### Article 26, 3.", "### Article 27, 2.", "### Article 27, 4."]);
  });

  it("shows each amendment as a redline inside the current text", () => {
    expect(markdown).toContain("maximum deprivation of liberty of at least ~~four~~**six** years or a more serious penalty.");
    expect(markdown).toContain("shall include, ~~as appropriate to the nature of the power or procedure concerned~~**in every case**, prior judicial");
    const proposals = englishSubmission().items.filter((item) => item.proposedText !== null);
    // Sorted: the sections gather items by article, so the order differs from the items'.
    expect(amendedTexts(markdown).sort()).toEqual(proposals.map((item) => item.currentText.replace(item.quote, item.proposedText ?? "")).sort());
    expect(markdown).toContain("**non-discrimination**");
    // An item without a proposal names the words it comments on instead.
    expect(markdown).toContain("**Comment on:** “political opinions”");
    expect(markdown).not.toContain(SERIOUS_CRIME.proposed); // only as a redline, never as a loose string
  });

  it("gives the justification, the stance, the tags and the source of each item", () => {
    expect(markdown).toContain("Legitimacy and non-discrimination are **core** safeguards under the ICCPR.\n\n1. Article 2(1) ICCPR\n2. Article 26 ICCPR\n\n> Any interference must be provided for by law.");
    expect(markdown).toContain(VIETNAMESE);
    expect(markdown).toContain("*Proposal · tags: safeguards, human rights. Source: OHCHR, Office of the High Commissioner for Human Rights. Comment by Alice Martin (Digital Rights Watch), 2024-06-03.*");
  });

  it("makes hostile text inert: no raw HTML, no javascript: link, no heading an analyst did not write", () => {
    expect(markdown).not.toMatch(/(?<!\\)<script/i);
    expect(markdown).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(markdown).toContain("\\[x\\](javascript:alert(1))");
    // A link mark with a javascript: address keeps its words and loses the link.
    expect(markdown).toContain("\n\ninnocent words\n\n");
    expect(markdown).toContain("\\# not a heading");
    // A formula-looking author is text here; only the layout's emphasis wraps it.
    expect(markdown).toContain('Comment by =HYPERLINK("https://evil.example","click"), 2024-06-04.');
  });

  it("escapes Markdown in titles, labels and draft text", () => {
    const submission = englishSubmission();
    const hostile = {
      ...submission,
      title: "# *Not* bold [link](http://x.example)\nsecond line",
      organizations: ["- dash_org"],
      items: [{ ...submission.items[1]!, articleHeading: "<b>bold</b>", currentText: "1. A line\n\n    indented four spaces\n> quoted" }],
    };
    const out = toMarkdown(hostile);
    expect(out.startsWith("# \\# \\*Not\\* bold \\[link\\](http://x.example) second line\n")).toBe(true);
    expect(out).toContain("- \\- dash\\_org");
    expect(out).toContain("## Article 27: \\<b\\>bold\\</b\\>");
    expect(out).toContain("1\\. A line\n\nindented four spaces\\\n\\> quoted");
  });

  it("heads an item on a whole article with the article's label", () => {
    const submission = englishSubmission();
    const out = toMarkdown({ ...submission, items: [{ ...submission.items[3]!, provisionLabel: null }] });
    expect(out.match(/^### .*$/gm)).toEqual(["### Article 27"]);
  });

  it("keeps Arabic text and marks its redline", () => {
    const arabic = toMarkdown(arabicSubmission());
    expect(arabic).toContain("## المادة 26: الشروط والضمانات");
    expect(arabic).toContain("وتجسّد مبادئ الشرعية **والمشروعية** والضرورة والتناسب **وعدم التمييز**.");
    expect(arabic).toContain(ARABIC.justification);
  });

  it("puts redline markers around words, never around spaces or across paragraphs", () => {
    expect(
      markdownRedline([
        { type: "equal", text: "keep " },
        { type: "delete", text: " old words " },
        { type: "insert", text: "first\n\nsecond" },
        { type: "insert", text: " " },
      ]),
    ).toBe("keep  ~~old words~~ **first**\n\n**second**");
  });

  it("notes when the quoted words are no longer in the current text", () => {
    const submission = englishSubmission();
    const moved = { ...submission, items: [{ ...submission.items[1]!, quote: "at least five years", proposedText: "at least six years" }] };
    const out = toMarkdown(moved);
    expect(out).toContain("*The words “at least five years” are no longer in the current text; the change is shown on them alone.*");
    expect(out).toContain("at least ~~five~~**six** years");
  });
});
