import { describe, expect, it } from "vitest";
import { narrowToClause, placeInDraft } from "../../../lib/anchoring/place-in-draft";
import { describeQuote } from "../../../lib/anchoring/text-quote";
import { byId, demoDraft } from "./helpers/demo-drafts";

// Placing imported annotations by their words, on the revised demo draft: the same words often
// stand in several provisions ("each State Party shall"), and only the context tells them apart.

// Ids read "d3/Chapter II/Article 6/1.": the article and the provision's own label are in them.
const provisions = [...byId(demoDraft("sample-3-revised.en.txt", "d3")).values()]
  .filter((n) => n.text.length > 0)
  .map((n) => {
    const parts = n.id.split("/");
    const article = parts.find((part) => part.startsWith("Article ")) ?? null;
    return { id: n.id, text: n.text, article, label: n.kind === "ARTICLE" ? null : n.label };
  });

describe("placeInDraft", () => {
  it("puts words that open a dozen articles in the clause they were on", () => {
    const common = "Each State Party shall adopt such legislative";
    const holders = provisions.filter((p) => p.text.startsWith(common));
    expect(holders.length).toBeGreaterThan(5);
    for (const holder of holders) {
      const quote = describeQuote(holder.text, 0, common.length);
      const clause = { article: holder.article, provision: holder.label };
      expect(placeInDraft(narrowToClause(provisions, clause), quote), holder.id).toEqual({ status: "placed", provisionId: holder.id, start: 0, end: common.length });
    }
  });

  it("searches the whole draft when the clause is not in it", () => {
    const holder = provisions.find((p) => p.text.includes("proportionality"))!;
    const start = holder.text.indexOf("proportionality");
    const quote = describeQuote(holder.text, start, start + "proportionality".length);
    const placed = placeInDraft(narrowToClause(provisions, { article: "Article 99", provision: "7." }), quote);
    expect(placed).toMatchObject({ status: "placed", start });
  });

  it("reports words that are not in the draft instead of guessing", () => {
    const placed = placeInDraft(provisions, { type: "TextQuoteSelector", exact: "the right to be forgotten", prefix: "", suffix: "" });
    expect(placed).toEqual({ status: "unplaced", reason: expect.stringContaining("the right to be forgotten") });
  });
});
