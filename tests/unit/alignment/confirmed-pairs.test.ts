import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import type { AlignableArticle } from "../../../lib/alignment/types";
import { demoArticles } from "./helpers/drafts";

const draft1 = demoArticles("1");
const draft2 = demoArticles("2");
const id = (articles: AlignableArticle[], number: string) => articles.find((a) => a.number === number)!.id;

describe("confirmed pairs", () => {
  const computed = alignArticles(draft1, draft2);

  it("keeps a confirmed pair exactly and aligns the rest around it", () => {
    // An editor decides the dropped “Incitement…” (13) became “Respect for human rights” (5).
    const fixed = [{ from: [id(draft1, "13")], to: [id(draft2, "5")] }];
    const pairs = alignArticles(draft1, draft2, { fixed });
    const confirmed = pairs.filter((p) => p.reasons.includes("confirmed"));
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]).toMatchObject({ ...fixed[0], kind: "changed", renumbered: true, reasons: ["confirmed"] });
    const others = (list: typeof pairs) => list.filter((p) => !p.from.includes(id(draft1, "13")) && !p.to.includes(id(draft2, "5")));
    expect(others(pairs).map((p) => [p.from, p.to, p.kind])).toEqual(others(computed).map((p) => [p.from, p.to, p.kind]));
  });

  it("accepts confirmed splits, merges, additions and removals", () => {
    const fixed = [
      { from: [id(draft1, "20")], to: [id(draft2, "19"), id(draft2, "20")] },
      { from: [id(draft1, "18"), id(draft1, "19")], to: [id(draft2, "18")] },
      { from: [], to: [id(draft2, "31")] },
      { from: [id(draft1, "13")], to: [] },
    ];
    const pairs = alignArticles(draft1, draft2, { fixed });
    expect(pairs.filter((p) => p.reasons.includes("confirmed")).map((p) => p.kind).sort()).toEqual(["added", "merged", "removed", "split"]);
    expect(pairs.map((p) => [p.from, p.to, p.kind])).toEqual(computed.map((p) => [p.from, p.to, p.kind]));
  });

  it("takes confirmed articles out of the computation", () => {
    // Confirming 24 → 27 leaves “Conditions and safeguards” (draft 2, 23) without its match.
    const fixed = [{ from: [id(draft1, "24")], to: [id(draft2, "27")] }];
    const pairs = alignArticles(draft1, draft2, { fixed });
    const safeguards = pairs.find((p) => p.to.includes(id(draft2, "23")));
    expect(safeguards?.from).not.toContain(id(draft1, "24"));
    expect(pairs.flatMap((p) => p.from).sort()).toEqual(draft1.map((a) => a.id).sort());
    expect(pairs.flatMap((p) => p.to).sort()).toEqual(draft2.map((a) => a.id).sort());
  });

  it("rejects unknown ids, articles confirmed twice and many-to-many pairs", () => {
    expect(() => alignArticles(draft1, draft2, { fixed: [{ from: ["nope"], to: [] }] })).toThrow(/unknown from article nope/);
    const twice = [
      { from: [id(draft1, "1")], to: [id(draft2, "1")] },
      { from: [id(draft1, "1")], to: [id(draft2, "2")] },
    ];
    expect(() => alignArticles(draft1, draft2, { fixed: twice })).toThrow(/more than one confirmed pair/);
    const manyToMany = [{ from: [id(draft1, "1"), id(draft1, "2")], to: [id(draft2, "1"), id(draft2, "2")] }];
    expect(() => alignArticles(draft1, draft2, { fixed: manyToMany })).toThrow(/neither a split nor a merge/);
    expect(() => alignArticles(draft1, draft2, { fixed: [{ from: [], to: [] }] })).toThrow(/names no article/);
  });
});
