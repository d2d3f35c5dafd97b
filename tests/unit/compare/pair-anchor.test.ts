import { describe, expect, it } from "vitest";
import { pairAnchor, pairMeant, type PairOnPage } from "../../../lib/compare/pair-anchor";

describe("a pair's address", () => {
  it("names the pair's articles as their draft pages do, for every kind of pair", () => {
    expect(pairAnchor(["article-24"], ["article-23"])).toBe("article-24-to-article-23");
    expect(pairAnchor(["article-20"], ["article-19", "article-20"])).toBe("article-20-to-article-19-and-article-20");
    expect(pairAnchor(["article-18", "article-19"], ["article-18"])).toBe("article-18-and-article-19-to-article-18");
    expect(pairAnchor([], ["article-6"])).toBe("new-article-6");
    expect(pairAnchor(["article-13"], [])).toBe("article-13-dropped");
  });
});

describe("the pair a link means", () => {
  const pairs: PairOnPage[] = [
    { id: "article-1-to-article-1", from: ["article-1"], to: ["article-1"], number: 1 },
    { id: "article-24-to-article-25", from: ["article-24"], to: ["article-25"], number: 2 },
    { id: "new-article-23", from: [], to: ["article-23"], number: 3 },
    { id: "article-13-dropped", from: ["article-13"], to: [], number: 4 },
  ];
  const meant = (anchor: string) => pairMeant(anchor, pairs)?.id ?? null;

  it("after a new alignment, is the pair that now holds the earlier article the link named", () => {
    expect(meant("article-24-to-article-23")).toBe("article-24-to-article-25");
  });

  it("else the pair that holds the later article", () => {
    expect(meant("article-99-to-article-23")).toBe("new-article-23");
    expect(meant("new-article-23")).toBe("new-article-23");
    expect(meant("article-13-and-article-14-dropped")).toBe("article-13-dropped");
  });

  it("for an old numbered link, is the pair at that place in the whole comparison", () => {
    expect(meant("pair-2")).toBe("article-24-to-article-25");
    expect(meant("pair-9")).toBeNull();
  });

  it("is none for other addresses on the page or pairs not shown", () => {
    expect(meant("summary-title")).toBeNull();
    expect(meant("article-77-to-article-78")).toBeNull();
  });
});
