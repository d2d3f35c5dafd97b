import { describe, expect, it } from "vitest";
import { articlesFromTree } from "../../../lib/alignment/articles";
import { buildProvisionTree, type ProvisionRow } from "../../../lib/drafts/provision-tree";
import { demoArticles } from "./helpers/drafts";

const row = (id: string, parentId: string | null, kind: string, label: string | null, heading: string | null, text: string, position: number): ProvisionRow => ({
  id,
  parentId,
  kind,
  label,
  number: label?.replace(/^\D*|\.$/g, "") || null,
  heading,
  text,
  position,
});

describe("articlesFromTree", () => {
  const tree = buildProvisionTree([
    row("pre", null, "PREAMBLE", null, null, "The States Parties,", 0),
    row("ch1", null, "CHAPTER", "Chapter I", "General provisions", "", 1),
    row("a1", "ch1", "ARTICLE", "Article 1", "Purpose", "The purposes are:", 0),
    row("a1a", "a1", "SUBPARAGRAPH", "(a)", null, "to prevent;", 0),
    row("a1b", "a1", "SUBPARAGRAPH", "(b)", null, "to cooperate.", 1),
    row("ch2", null, "CHAPTER", "Chapter II", null, "", 2),
    row("s1", "ch2", "SECTION", "Section 1", "Offences", "", 0),
    row("a2", "s1", "ARTICLE", "Article 2", "Illegal access", "", 0),
    row("a2p1", "a2", "PARAGRAPH", "1.", null, "Each State Party shall:", 0),
    row("a2p1a", "a2p1", "SUBPARAGRAPH", "(a)", null, "adopt measures;", 0),
    row("a2p2", "a2", "PARAGRAPH", "2.", null, "A State Party may require intent.", 1),
    row("an", null, "ANNEX", "Annex", "Protocol", "", 3),
    row("an1", "an", "ARTICLE", "Article 1", "Scope", "This protocol supplements the Convention.", 0),
  ]);

  it("flattens stored trees into articles with chapter, full text and direct paragraphs", () => {
    expect(articlesFromTree(tree)).toEqual([
      {
        id: "a1",
        label: "Article 1",
        number: "1",
        heading: "Purpose",
        chapter: "Chapter I — General provisions",
        text: "The purposes are:\nto prevent;\nto cooperate.",
        paragraphs: [
          { id: "a1:text", label: null, text: "The purposes are:" },
          { id: "a1a", label: "(a)", text: "to prevent;" },
          { id: "a1b", label: "(b)", text: "to cooperate." },
        ],
      },
      {
        id: "a2",
        label: "Article 2",
        number: "2",
        heading: "Illegal access",
        chapter: "Chapter II",
        text: "Each State Party shall:\n(a) adopt measures;\nA State Party may require intent.",
        paragraphs: [
          { id: "a2p1", label: "1.", text: "Each State Party shall:\n(a) adopt measures;" },
          { id: "a2p2", label: "2.", text: "A State Party may require intent." },
        ],
      },
      {
        id: "an1",
        label: "Article 1",
        number: "1",
        heading: "Scope",
        chapter: "Annex — Protocol",
        text: "This protocol supplements the Convention.",
        paragraphs: [{ id: "an1:text", label: null, text: "This protocol supplements the Convention." }],
      },
    ]);
  });

  it("reads parsed drafts: the demo's revised draft has 34 articles in 6 chapters", () => {
    const articles = demoArticles("3");
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    expect(new Set(articles.map((a) => a.chapter)).size).toBe(6);
    const safeguards = articles[25]!;
    expect(safeguards.heading).toBe("Conditions and safeguards");
    expect(safeguards.chapter).toBe("Chapter IV — Procedural measures and law enforcement");
    expect(safeguards.paragraphs.map((p) => p.label)).toEqual(["1.", "2.", "3.", "4."]);
  });
});
