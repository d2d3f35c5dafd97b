import { describe, expect, it } from "vitest";
import { latestOf, showAllHref } from "../../../lib/annotations/shown-annotations";

describe("latestOf", () => {
  it("keeps the latest, in the order written, and counts all", () => {
    expect(latestOf(["a", "b", "c", "d"], 2)).toEqual({ ids: ["c", "d"], total: 4 });
    expect(latestOf(["a"], 3)).toEqual({ ids: ["a"], total: 1 });
  });
});

describe("showAllHref", () => {
  it("keeps the margin's filters and names the article once", () => {
    expect(showAllHref({ tag: ["privacy", "scope"], stance: "CONCERN", all: "article-3", empty: undefined }, "article-26")).toBe(
      "?tag=privacy&tag=scope&stance=CONCERN&all=article-26#article-26",
    );
  });
});
