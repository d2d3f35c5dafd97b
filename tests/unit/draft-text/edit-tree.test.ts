import { describe, expect, it } from "vitest";
import { checkPreviewTree } from "../../../lib/draft-text/check-tree";
import {
  changeKind,
  deleteProvision,
  editProvision,
  mergeWithPrevious,
  splitProvision,
  TreeEditError,
} from "../../../lib/draft-text/edit-tree";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import { toPreviewTree, walkTree, type PreviewProvision } from "../../../lib/draft-text/preview-tree";
import { outline } from "./helpers/outline";

// Article 3's heading line lost its "Article" word in the file, so "3." reads as a paragraph of article 2.
const DRAFT = `Chapter I
General provisions

Article 1
Purpose

The purposes of this Convention are to:
(a) Promote measures to prevent offences;
(b) Facilitate international

cooperation.

Article 2
Use of terms

1. "Computer system" means any device.
2. "Data" means any representation of facts.
3. Scope of application
1. This Convention shall apply to the prevention of offences.

Chapter II
Criminalization

Article 4
Illegal access

Each State Party shall adopt measures.
`;

function preview() {
  return toPreviewTree(parseDraftText(DRAFT).provisions);
}

function idOf(tree: PreviewProvision[], match: (node: PreviewProvision) => boolean): string {
  for (const { node } of walkTree(tree)) if (match(node)) return node.id;
  throw new Error("no such provision");
}

const byLabel = (tree: PreviewProvision[], label: string, parentLabel?: string) => {
  for (const { node, parent } of walkTree(tree)) {
    if (node.label === label && (parentLabel === undefined || parent?.label === parentLabel)) return node.id;
  }
  throw new Error(`no ${label}`);
};

function messages(tree: PreviewProvision[]): string[] {
  return checkPreviewTree(tree).map((w) => w.message);
}

describe("the preview tree", () => {
  it("gives every provision a distinct id in reading order", () => {
    const ids = [...walkTree(preview())].map(({ node }) => node.id);
    expect(ids.slice(0, 3)).toEqual(["p1", "p2", "p3"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reports what the parser reports, on the provision concerned", () => {
    const tree = preview();
    expect(messages(tree)).toEqual(parseDraftText(DRAFT).warnings.map((w) => w.message));
    expect(checkPreviewTree(tree)[1]).toMatchObject({ provisionId: byLabel(tree, "Article 4"), line: 24 });
  });
});

describe("changing a provision's kind", () => {
  it("turns a paragraph into an article that takes the paragraphs after it", () => {
    const tree = preview();
    const id = byLabel(tree, "3.");
    const fixed = editProvision(changeKind(tree, id, "ARTICLE"), id, { label: "Article 3", number: "3", heading: "Scope of application", text: "" });
    expect(outline(fixed).slice(5)).toEqual([
      "  ARTICLE Article 2 [2] «Use of terms»: ",
      '    PARAGRAPH 1. [1]: "Computer system" means any device.',
      '    PARAGRAPH 2. [2]: "Data" means any representation of facts.',
      "  ARTICLE Article 3 [3] «Scope of application»: ",
      "    PARAGRAPH 1. [1]: This Convention shall apply to the prevention of offences.",
      "CHAPTER Chapter II [II] «Criminalization»: ",
      "  ARTICLE Article 4 [4] «Illegal access»: Each State Party shall adopt measures.",
    ]);
    expect(messages(fixed)).toEqual([]);
    expect(outline(tree)).toEqual(outline(preview()));
  });

  it("turns an article into a paragraph of the article before it, its paragraphs following it", () => {
    const tree = preview();
    const demoted = changeKind(tree, byLabel(tree, "Article 2"), "PARAGRAPH");
    const article1 = demoted[0]!.children[0]!;
    expect(demoted[0]!.children).toHaveLength(1);
    expect(article1.children.map((c) => `${c.kind} ${c.label}`)).toEqual([
      "SUBPARAGRAPH (a)", "SUBPARAGRAPH (b)", "PARAGRAPH null", "PARAGRAPH Article 2", "PARAGRAPH 1.", "PARAGRAPH 2.", "PARAGRAPH 3.", "PARAGRAPH 1.",
    ]);
    // And back: the same tree as before.
    expect(outline(changeKind(demoted, byLabel(demoted, "Article 2"), "ARTICLE"))).toEqual(outline(tree));
  });

  it("lifts a subparagraph to a paragraph beside its old parent", () => {
    const tree = preview();
    const withItems = editProvision(changeKind(tree, byLabel(tree, "2."), "SUBPARAGRAPH"), byLabel(tree, "2."), { label: "(a)", number: "a" });
    expect(outline(withItems)[7]).toBe('      SUBPARAGRAPH (a) [a]: "Data" means any representation of facts.');
    const back = changeKind(withItems, byLabel(withItems, "(a)", "1."), "PARAGRAPH");
    expect(back[0]!.children[1]!.children.map((c) => c.label)).toEqual(["1.", "(a)", "3.", "1."]);
  });

  it("refuses a change that leaves nowhere to put the provision", () => {
    const tree = preview();
    expect(() => changeKind(tree, byLabel(tree, "Article 1"), "PARAGRAPH")).toThrow(TreeEditError);
    expect(() => changeKind(tree, byLabel(tree, "Article 1"), "PARAGRAPH")).toThrow(/nothing before Article 1/);
    // A paragraph cannot become a chapter while it holds lettered items.
    expect(() => changeKind(tree, byLabel(tree, "Article 1"), "CHAPTER")).toThrow(/cannot stand in Article 1/);
  });

  it("moves an annex to the top of the draft", () => {
    const tree = preview();
    const moved = changeKind(tree, byLabel(tree, "Article 4"), "ANNEX");
    expect(moved.map((p) => `${p.kind} ${p.label}`)).toEqual(["CHAPTER Chapter I", "CHAPTER Chapter II", "ANNEX Article 4"]);
  });
});

describe("merging, splitting, editing and deleting", () => {
  it("merges text cut off from a subparagraph back into it, with a space", () => {
    const tree = preview();
    const merged = mergeWithPrevious(tree, idOf(tree, (n) => n.text === "cooperation."));
    expect(merged[0]!.children[0]!.children.map((c) => [c.label, c.text])).toEqual([
      ["(a)", "Promote measures to prevent offences;"],
      ["(b)", "Facilitate international cooperation."],
    ]);
  });

  it("keeps a finished sentence as its own paragraph and moves the children along", () => {
    const tree = preview();
    const merged = mergeWithPrevious(tree, byLabel(tree, "Article 2"));
    const article1 = merged[0]!.children[0]!;
    expect(article1.text).toBe("The purposes of this Convention are to:\n\nArticle 2 Use of terms");
    expect(article1.children.map((c) => c.label)).toEqual(["(a)", "(b)", null, "1.", "2.", "3.", "1."]);
  });

  it("splits off a new provision with a fresh id and no number", () => {
    const tree = preview();
    const id = byLabel(tree, "1.", "Article 2");
    const split = splitProvision(tree, id, '"Computer system"'.length);
    const [first, second] = split[0]!.children[1]!.children;
    expect([first!.id, first!.text]).toEqual([id, '"Computer system"']);
    expect(second).toMatchObject({ kind: "PARAGRAPH", label: null, number: null, text: "means any device." });
    expect([...walkTree(tree)].some(({ node }) => node.id === second!.id)).toBe(false);
    expect(() => splitProvision(tree, id, 0)).toThrow(/caret inside the text/);
  });

  it("edits a heading, clears a number, and deletes a provision with everything under it", () => {
    const tree = preview();
    const edited = editProvision(tree, byLabel(tree, "Article 4"), { heading: "  Illegal access to computers ", label: "" });
    expect(edited[1]!.children[0]).toMatchObject({ heading: "Illegal access to computers", label: null });
    const deleted = deleteProvision(tree, byLabel(tree, "Article 4"));
    expect(deleted[1]!.children).toEqual([]);
    expect(messages(deleted)).toEqual(["Paragraph 1 in Article 2 follows paragraph 3: numbering out of order."]);
    const noHeading = editProvision(tree, byLabel(tree, "Article 1"), { heading: "" });
    expect(messages(noHeading)).toContain("Article 1 has no heading.");
    expect(messages(deleteProvision(deleteProvision(deleted, byLabel(tree, "Chapter I")), byLabel(tree, "Chapter II")))).toEqual([
      "The draft has no article: mark its articles before saving.",
    ]);
  });

  it("refuses an edit on a provision that is gone", () => {
    expect(() => mergeWithPrevious(preview(), "p999")).toThrow(/no longer in the preview/);
    expect(() => mergeWithPrevious(preview(), "p1")).toThrow(/nothing before it/);
  });
});
