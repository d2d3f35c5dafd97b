import { describe, expect, it } from "vitest";
import type { SubmissionCandidate } from "../../../lib/operations/submissions/list-submission-candidates";
import { filterCandidates, filterOptions, moveItem, NO_FILTER } from "../../../lib/submissions/filter-candidates";

function candidate(id: string, over: Partial<SubmissionCandidate>): SubmissionCandidate {
  return {
    id, article: "Article 1", placed: true, articleOrder: 1, provisionLabel: null, quote: "q", proposedText: null, excerpt: "", tags: [],
    stance: "CONCERN", sourceKind: "NGO", sourceOrganization: null, status: "OPEN", visibility: "PUBLIC", author: "A", organization: null, ...over,
  };
}

const safeguards = { slug: "safeguards", name: "Safeguards" };
const privacy = { slug: "privacy", name: "Privacy" };
const ohchr = { id: "o1", name: "OHCHR" };
const candidates = [
  candidate("a", { tags: [safeguards], article: "Article 26" }),
  candidate("b", { tags: [safeguards, privacy], sourceKind: "OHCHR", organization: ohchr, article: "Article 26" }),
  candidate("c", { stance: "PROPOSAL", status: "RESOLVED", article: "Article 4" }),
];

describe("filterCandidates", () => {
  it.each([
    [{}, ["a", "b", "c"]],
    [{ tag: "safeguards" }, ["a", "b"]],
    [{ tag: "safeguards", sourceKind: "OHCHR" }, ["b"]],
    [{ organizationId: "o1" }, ["b"]],
    [{ stance: "PROPOSAL" }, ["c"]],
    [{ status: "RESOLVED" }, ["c"]],
    [{ article: "Article 26" }, ["a", "b"]],
    [{ article: "Article 26", stance: "PROPOSAL" }, []],
  ])("%o keeps %o", (filter, ids) => {
    expect(filterCandidates(candidates, { ...NO_FILTER, ...filter }).map((c) => c.id)).toEqual(ids);
  });

  it("offers each tag, organisation and article present once", () => {
    expect(filterOptions(candidates)).toEqual({ tags: [privacy, safeguards], organizations: [ohchr], articles: ["Article 26", "Article 4"] });
  });
});

describe("moveItem", () => {
  it("swaps with the neighbour and leaves the ends in place", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
