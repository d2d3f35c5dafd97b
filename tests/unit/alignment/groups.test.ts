import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../lib/alignment/align-articles";
import type { AlignableArticle } from "../../../lib/alignment/types";
import { budapestArticles } from "./helpers/drafts";

const { english } = budapestArticles();
const byNumber = (number: string) => english.find((article) => article.number === number)!;

describe("splits and merges among articles written from one template", () => {
  it("finds a dropped article removed, not merged into its kept twin", () => {
    // Articles 20 and 21 (real-time collection, interception) share most of their wording.
    const to = english.filter((article) => article.number !== "21");
    const pairs = alignArticles(english, to);
    expect(pairs.find((pair) => pair.from.includes(byNumber("21").id))).toMatchObject({ to: [], kind: "removed" });
    expect(pairs.find((pair) => pair.from.includes(byNumber("20").id))).toMatchObject({ to: [byNumber("20").id], kind: "unchanged" });
  });

  it("still finds a short article merged into a long one", () => {
    const declarations = byNumber("40");
    const reservations = byNumber("42");
    const merged: AlignableArticle = {
      ...reservations,
      id: "merged",
      paragraphs: [...reservations.paragraphs, ...declarations.paragraphs],
      text: `${reservations.text}\n${declarations.text}`,
    };
    const to = english.flatMap((article) => (article === declarations ? [] : article === reservations ? [merged] : [article]));
    const pair = alignArticles(english, to).find((p) => p.to.includes("merged"));
    expect(pair).toMatchObject({ kind: "merged" });
    expect([...pair!.from].sort()).toEqual([declarations.id, reservations.id].sort());
  });
});
