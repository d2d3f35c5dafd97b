import { describe, expect, it } from "vitest";
import { compareHref, compareParams, withoutFilters } from "../../../lib/compare/compare-url";

const read = (query: string, defaults = { from: "d1", to: "d2" }) => {
  const search = new URLSearchParams(query);
  return compareParams((name) => search.get(name) ?? "", defaults);
};

describe("the compare page's address", () => {
  it("reads every view's choices, and the default drafts when none is chosen", () => {
    expect(read("")).toEqual({ from: "d1", to: "d2", layout: "side", onlyChanged: false, chapter: null, search: null, ignoreWhitespace: false, ignorePunctuation: false });
    expect(read("from=a&to=b&layout=inline&only=changed&chapter=Chapter+IV&q=+safeguards+&ignoreWhitespace=1&ignorePunctuation=1")).toEqual({
      from: "a", to: "b", layout: "inline", onlyChanged: true, chapter: "Chapter IV", search: "safeguards", ignoreWhitespace: true, ignorePunctuation: true,
    });
  });

  it("writes the shortest address and reads back what it wrote", () => {
    expect(compareHref(read(""))).toBe("/compare?from=d1&to=d2");
    const href = "/compare?from=a&to=b&layout=inline&only=changed&chapter=Chapter+IV&q=safeguards&ignoreWhitespace=1&ignorePunctuation=1";
    expect(compareHref(read(href.split("?")[1]!))).toBe(href);
  });

  it("leaves out what a form sends empty or off, so a submitted form gives the same address as a link", () => {
    expect(compareHref(read("from=a&to=b&layout=side&chapter=&q="))).toBe("/compare?from=a&to=b");
  });

  it("turns off only the filters named, keeping the rest of the view", () => {
    const view = read("from=a&to=b&layout=inline&only=changed&chapter=Chapter+IV&q=safeguards&ignoreWhitespace=1");
    expect(compareHref(withoutFilters(view, ["chapter", "search"]))).toBe("/compare?from=a&to=b&layout=inline&only=changed&ignoreWhitespace=1");
    expect(compareHref(withoutFilters(view, ["onlyChanged"]))).toBe("/compare?from=a&to=b&layout=inline&chapter=Chapter+IV&q=safeguards&ignoreWhitespace=1");
    expect(withoutFilters(view, [])).toEqual(view);
  });
});
