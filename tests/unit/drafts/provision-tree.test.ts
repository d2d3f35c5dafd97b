import { describe, expect, it } from "vitest";
import { buildProvisionTree, tableOfContents, type ProvisionRow } from "../../../lib/drafts/provision-tree";

let next = 0;
function row(kind: string, parentId: string | null, number: string | null, position: number, extra: Partial<ProvisionRow> = {}): ProvisionRow {
  return { id: `p${next++}`, parentId, kind, label: number, number, heading: null, text: "", position, ...extra };
}

describe("buildProvisionTree", () => {
  const preamble = row("PREAMBLE", null, null, 0);
  const chapter = row("CHAPTER", null, "IV", 1, { heading: "Procedural measures" });
  const article = row("ARTICLE", chapter.id, "24", 0, { heading: "Conditions and safeguards" });
  const para1 = row("PARAGRAPH", article.id, "1", 0);
  const sub = row("SUBPARAGRAPH", para1.id, "a", 0);
  const unnumbered = row("PARAGRAPH", article.id, null, 1);
  const duplicate = row("ARTICLE", chapter.id, "24", 1);
  const arabic = row("ARTICLE", chapter.id, "٥", 2);
  const tree = buildProvisionTree([preamble, chapter, article, para1, sub, unnumbered, duplicate, arabic]);

  it("nests rows under their parents in reading order", () => {
    expect(tree.map((n) => n.kind)).toEqual(["PREAMBLE", "CHAPTER"]);
    expect(tree[1]!.children.map((n) => n.id)).toEqual([article.id, duplicate.id, arabic.id]);
    expect(tree[1]!.children[0]!.children[0]!.children[0]!.id).toBe(sub.id);
  });

  it("anchors articles by number and paragraphs under their article", () => {
    const [art, dup, ar] = tree[1]!.children;
    expect(tree[0]!.anchor).toBe("preamble");
    expect(tree[1]!.anchor).toBe("chapter-iv");
    expect(art!.anchor).toBe("article-24");
    expect(art!.children.map((c) => c.anchor)).toEqual(["article-24-1", "article-24-p2"]);
    expect(art!.children[0]!.children[0]!.anchor).toBe("article-24-1-a");
    expect(dup!.anchor).toBe("article-24-2");
    expect(ar!.anchor).toBe("article-٥");
  });

  it("lists chapters and articles, not paragraphs, in the table of contents", () => {
    const toc = tableOfContents(tree);
    expect(toc.map((e) => e.anchor)).toEqual(["preamble", "chapter-iv"]);
    expect(toc[1]!.children.map((e) => [e.anchor, e.heading])).toEqual([
      ["article-24", "Conditions and safeguards"],
      ["article-24-2", null],
      ["article-٥", null],
    ]);
    expect(toc[1]!.children[0]!.children).toEqual([]);
  });
});
