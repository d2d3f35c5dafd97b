import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import type { AlignableArticle } from "../../../lib/alignment/types";
import { compareAlignedArticles } from "../../../lib/compare/compare-articles";
import { opsFromParagraphs } from "../../../lib/compare/paragraph-ops";
import type { ComparedParagraph, ComparedPair } from "../../../lib/compare/types";
import type { DiffOp } from "../../../lib/diff/types";
import { WordDiffer } from "../../../lib/diff/diff-words";
import { demoArticles } from "../alignment/helpers/drafts";
import { recipes, sources, variant } from "../alignment/helpers/recipes";

const side = (ops: readonly DiffOp[], which: "before" | "after") =>
  ops.filter((op) => (which === "before" ? op.type !== "insert" && op.type !== "move-to" : op.type !== "delete" && op.type !== "move-from")).map((op) => op.text).join("");

const article = (id: string, number: string, paragraphs: [id: string, text: string][]): AlignableArticle => ({
  id, label: `Article ${number}`, number, heading: null, chapter: null,
  text: paragraphs.map(([, text]) => text).filter(Boolean).join("\n"),
  paragraphs: paragraphs.map(([paragraphId, text], i) => ({ id: paragraphId, label: `${i + 1}.`, text })),
});

function compared(from: AlignableArticle[], to: AlignableArticle[], links: [from: string | null, to: string | null, moved?: boolean][]): ComparedParagraph[] {
  const differ = new WordDiffer();
  const find = (articles: AlignableArticle[], id: string | null) => (id === null ? null : articles.flatMap((a) => a.paragraphs).find((p) => p.id === id)!);
  return links.map(([before, after, moved = false]) => {
    const [f, t] = [find(from, before), find(to, after)];
    return { from: f, to: t, score: 1, kind: "changed", moved, ops: differ.diff(f?.text ?? "", t?.text ?? "") };
  });
}

describe("a pair's diff read off its paragraphs' diffs", () => {
  const before = article("a", "5", [["a1", "Each State Party shall adopt measures."], ["a2", "Such measures may include training."]]);

  it("joins the paragraphs' operations with the line breaks between them, an added paragraph inserted after one", () => {
    const after = article("b", "6", [["b1", "Each State Party shall adopt legislative measures."], ["b2", "New text."], ["b3", "Such measures may include training."]]);
    const ops = opsFromParagraphs([before], [after], compared([before], [after], [["a1", "b1"], [null, "b2"], ["a2", "b3"]]));
    expect(ops).toEqual([
      { type: "equal", text: "Each State Party shall adopt " },
      { type: "insert", text: "legislative " },
      { type: "equal", text: "measures." },
      { type: "insert", text: "\nNew text." },
      { type: "equal", text: "\nSuch measures may include training." },
    ]);
    expect(side(ops!, "before")).toBe(before.text);
    expect(side(ops!, "after")).toBe(after.text);
  });

  it("separates the articles of a merge by a blank line, as the pair's text does", () => {
    const other = article("c", "7", [["c1", "Information may be shared without a request."]]);
    const into = article("d", "6", [["d1", "Each State Party shall adopt measures."], ["d2", "Such measures may include training."], ["d3", "Information may be shared without a prior request."]]);
    const ops = opsFromParagraphs([before, other], [into], compared([before, other], [into], [["a1", "d1"], ["a2", "d2"], ["c1", "d3"]]))!;
    expect(side(ops, "before")).toBe(`${before.text}\n\n${other.text}`);
    expect(side(ops, "after")).toBe(into.text);
    expect(ops).toContainEqual({ type: "delete", text: "\n" });
  });

  it("shows the blank line a split puts between two paragraphs, unless whitespace is ignored", () => {
    const first = article("d", "5", [["d1", "Each State Party shall adopt measures."]]);
    const second = article("e", "6", [["e1", "Such measures may include training."]]);
    const paragraphs = compared([before], [first, second], [["a1", "d1"], ["a2", "e1"]]);
    expect(opsFromParagraphs([before], [first, second], paragraphs)).toEqual([
      { type: "equal", text: "Each State Party shall adopt measures.\n" },
      { type: "insert", text: "\n" },
      { type: "equal", text: "Such measures may include training." },
    ]);
    expect(opsFromParagraphs([before], [first, second], paragraphs, { ignoreWhitespace: true })!.every((op) => op.type === "equal")).toBe(true);
  });

  it("leaves a pair whose paragraphs moved to the diff of its whole text", () => {
    const after = article("b", "5", [["b1", "Such measures may include training."], ["b2", "Each State Party shall adopt measures."]]);
    expect(opsFromParagraphs([before], [after], compared([before], [after], [["a2", "b1", true], ["a1", "b2"]]))).toBeNull();
    expect(opsFromParagraphs([before], [after], compared([before], [after], [["a2", "b1"], ["a1", "b2"]]))).toBeNull();
    expect(opsFromParagraphs([before], [after], [])).toBeNull();
  });
});

describe("every compared pair reads back to both its texts", () => {
  const text = (articles: readonly AlignableArticle[]) => articles.map((a) => a.text).join("\n\n");
  const check = (pairs: ComparedPair[]) => {
    for (const pair of pairs) {
      expect(side(pair.ops, "before"), pair.from.map((a) => a.label).join("+")).toBe(text(pair.from));
      expect(side(pair.ops, "after"), pair.to.map((a) => a.label).join("+")).toBe(text(pair.to));
    }
  };
  const compare = (from: AlignableArticle[], to: AlignableArticle[]) => compareAlignedArticles(from, to, alignArticles(from, to)).pairs;

  it("on the demo drafts, one after another and across two rounds", () => {
    const [one, two, three] = [demoArticles("1"), demoArticles("2"), demoArticles("3")];
    for (const [from, to] of [[one, two], [two, three], [one, three], [three, one]] as const) check(compare(from, to));
  });

  it("on synthetic next drafts with split, merged and moved articles and paragraphs", () => {
    const [source] = sources();
    let groups = 0;
    for (const recipe of recipes(0).slice(0, 40)) {
      const { to } = variant(source!, recipe.seed, recipe.steps);
      const pairs = compare(source!.articles, to);
      groups += pairs.filter((pair) => pair.from.length > 1 || pair.to.length > 1).length;
      check(pairs);
    }
    expect(groups).toBeGreaterThan(0);
  });
});
