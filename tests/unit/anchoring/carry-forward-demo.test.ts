// Annotations placed on the zero draft (demo draft 2) and carried to the revised draft (3)
// through the real clause alignment. Each expectation was read off the two drafts by hand.

import { describe, expect, it } from "vitest";
import { carryForward } from "../../../lib/anchoring/carry-forward";
import type { DiffOp } from "../../../lib/diff/types";
import { byId, targetOn, zeroToRevised } from "./helpers/demo-drafts";

type Expected =
  /** `followedBy`: the words right after, which tell apart repeated short quotes. */
  | { outcome: "same"; at: string; followedBy?: string }
  | { outcome: "text-changed"; at: string; now: string }
  | { outcome: "orphaned"; reason?: RegExp };

interface Case {
  why: string;
  on: string;
  phrase: string;
  occurrence?: number;
  expected: Expected;
}

const I = "d2/Chapter I";
const II = "d2/Chapter II";
const III = "d2/Chapter III";
const IV = "d2/Chapter IV";
const V = "d2/Chapter V";
const DELETED = /deleted/;

const CASES: Case[] = [
  // Unchanged words, often in renumbered articles.
  { why: "article chapeau", on: `${I}/Article 1`, phrase: "The purposes of this Convention are to:", expected: { outcome: "same", at: "d3/Chapter I/Article 1" } },
  { why: "unchanged words in a changed subparagraph", on: `${I}/Article 1/(a)`, phrase: "more efficiently and effectively", expected: { outcome: "same", at: "d3/Chapter I/Article 1/(a)" } },
  { why: "definition kept", on: `${I}/Article 2/(f)`, phrase: "other than traffic data or content data", expected: { outcome: "same", at: "d3/Chapter I/Article 2/(f)" } },
  { why: "a lone shall", on: `${I}/Article 3/1.`, phrase: "shall apply", expected: { outcome: "same", at: "d3/Chapter I/Article 3/1." } },
  { why: "the only shall of a paragraph", on: `${I}/Article 5/1.`, phrase: "shall", expected: { outcome: "same", at: "d3/Chapter I/Article 5/1.", followedBy: " ensure that" } },
  { why: "the second shall of a reworded paragraph", on: `${IV}/Article 27/2.`, phrase: "shall", occurrence: 1, expected: { outcome: "same", at: "d3/Chapter V/Article 29/7.", followedBy: " then decide" } },
  { why: "unchanged tail of a reworded paragraph", on: `${I}/Article 5/2.`, phrase: "beyond the limits permitted by international human rights law", expected: { outcome: "same", at: "d3/Chapter I/Article 5/2." } },
  { why: "preamble", on: "d2/preamble", phrase: "human rights and fundamental freedoms", expected: { outcome: "same", at: "d3/preamble" } },
  { why: "subparagraph renumbered (b) → (c)", on: `${II}/Article 10/1./(b)`, phrase: "Possessing an item", expected: { outcome: "same", at: "d3/Chapter II/Article 11/1./(c)" } },
  { why: "phrase repeated in new (a) and (b) stays in (a)", on: `${II}/Article 10/1./(a)`, phrase: "Producing, selling, procuring for use, importing, distributing or otherwise making available", expected: { outcome: "same", at: "d3/Chapter II/Article 11/1./(a)" } },
  { why: "paragraph renumbered 2 → 3", on: `${II}/Article 10/2.`, phrase: "shall give rise to criminal liability", expected: { outcome: "same", at: "d3/Chapter II/Article 11/3." } },
  { why: "paragraph moved 2 → 3 in the safeguards article", on: `${III}/Article 23/2.`, phrase: "Such conditions and safeguards shall include", expected: { outcome: "same", at: "d3/Chapter IV/Article 26/3." } },
  { why: "end of the moved paragraph", on: `${III}/Article 23/2.`, phrase: "the right to an effective remedy", expected: { outcome: "same", at: "d3/Chapter IV/Article 26/3." } },
  { why: "shall of a moved paragraph", on: `${III}/Article 23/3.`, phrase: "shall", expected: { outcome: "same", at: "d3/Chapter IV/Article 26/2.", followedBy: ", to the extent" } },
  { why: "legality, necessity and proportionality", on: `${III}/Article 23/1.`, phrase: "principles of legality, necessity and proportionality", expected: { outcome: "same", at: "d3/Chapter IV/Article 26/1." } },
  { why: "article moved to a new chapter", on: `${IV}/Article 24/1.`, phrase: "States Parties shall cooperate with each other", expected: { outcome: "same", at: "d3/Chapter V/Article 27/1." } },
  { why: "dual criminality", on: `${IV}/Article 24/3.`, phrase: "Where dual criminality is a condition for international cooperation", expected: { outcome: "same", at: "d3/Chapter V/Article 27/3." } },
  { why: "merged article: paragraph of the first", on: `${IV}/Article 26/3.`, phrase: "central authority", expected: { outcome: "same", at: "d3/Chapter V/Article 29/3." } },
  { why: "merged article: paragraph of the second", on: `${IV}/Article 27/1.`, phrase: "within the limits of its domestic law", expected: { outcome: "same", at: "d3/Chapter V/Article 29/6." } },
  // A phrase repeated across articles must stay in its own article.
  { why: "repeated phrase, illegal access", on: `${II}/Article 6/1.`, phrase: "under its domestic law", expected: { outcome: "same", at: "d3/Chapter II/Article 7/1." } },
  { why: "repeated phrase, illegal interception", on: `${II}/Article 7/1.`, phrase: "under its domestic law", expected: { outcome: "same", at: "d3/Chapter II/Article 8/1." } },
  { why: "repeated phrase, other conventions (paragraph 3 → 2)", on: `${II}/Article 14/3.`, phrase: "under its domestic law", expected: { outcome: "same", at: "d3/Chapter II/Article 15/2." } },
  { why: "repeated phrase, safeguards", on: `${III}/Article 23/1.`, phrase: "under its domestic law", expected: { outcome: "same", at: "d3/Chapter IV/Article 26/1." } },
  { why: "repeated phrase, interception of content", on: `${III}/Article 22/1.`, phrase: "as determined by its domestic law", expected: { outcome: "same", at: "d3/Chapter IV/Article 24/1." } },
  { why: "repeated phrase, extradition", on: `${IV}/Article 25/4.`, phrase: "domestic law of the requested State Party", expected: { outcome: "same", at: "d3/Chapter V/Article 28/4." } },
  { why: "repeated phrase, sovereignty", on: `${I}/Article 4/2.`, phrase: "domestic law", expected: { outcome: "same", at: "d3/Chapter I/Article 4/2." } },
  // Reworded passages: anchored on the new words, flagged, with the diff.
  { why: "cross-references renumbered", on: `${I}/Article 3/1.`, phrase: "as provided for in articles 17 and 24 of this Convention", expected: { outcome: "text-changed", at: "d3/Chapter I/Article 3/1.", now: "as provided for in articles 19 and 27 of this Convention" } },
  { why: "words inserted", on: `${I}/Article 5/2.`, phrase: "No provision of this Convention may be interpreted so as to restrict human rights", expected: { outcome: "text-changed", at: "d3/Chapter I/Article 5/2.", now: "No provision of this Convention may be interpreted or applied so as to restrict human rights" } },
  { why: "brackets lifted, words added", on: `${II}/Article 6/3.`, phrase: "Access undertaken for the authorized testing or protection of an information and communications technology system shall not constitute an offence", expected: { outcome: "text-changed", at: "d3/Chapter II/Article 7/3.", now: "Access undertaken for the authorized testing or protection of an information and communications technology system, or for good-faith security research, shall not constitute an offence" } },
  { why: "may → shall consider", on: `${II}/Article 13/3.`, phrase: "States Parties may take steps to exclude from criminalization", expected: { outcome: "text-changed", at: "d3/Chapter II/Article 14/3.", now: "States Parties shall consider taking steps to exclude from criminalization" } },
  { why: "obligation softened", on: `${II}/Article 14/1.`, phrase: "Each State Party shall adopt such legislative and other measures as may be necessary to ensure", expected: { outcome: "text-changed", at: "d3/Chapter II/Article 15/1.", now: "Each State Party shall consider adopting such legislative and other measures as may be necessary to ensure" } },
  { why: "(a)(ii) became (b)", on: `${II}/Article 10/1./(a)/(ii)`, phrase: "A password, access credential or similar data", expected: { outcome: "text-changed", at: "d3/Chapter II/Article 11/1./(b)", now: "a password, access credential or similar data" } },
  { why: "reworded and moved paragraph", on: `${III}/Article 23/3.`, phrase: "consider the effect of the powers and procedures provided for in this chapter", expected: { outcome: "text-changed", at: "d3/Chapter IV/Article 26/2.", now: "take into account the effect of the powers and procedures provided for in this chapter" } },
  { why: "article numbers in a subparagraph", on: `${III}/Article 17/2./(a)`, phrase: "articles 6 to 14", expected: { outcome: "text-changed", at: "d3/Chapter IV/Article 19/2./(a)", now: "articles 7 to 15" } },
  { why: "merged article, word dropped", on: `${IV}/Article 26/5.`, phrase: "Mutual legal assistance may also be refused", expected: { outcome: "text-changed", at: "d3/Chapter V/Article 29/5.", now: "Mutual legal assistance may be refused" } },
  { why: "merged article, words replaced", on: `${IV}/Article 27/2.`, phrase: "Before providing such information", expected: { outcome: "text-changed", at: "d3/Chapter V/Article 29/7.", now: "Before providing information" } },
  { why: "bracket resolved", on: `${V}/Article 31/1.`, phrase: "[five]", expected: { outcome: "text-changed", at: "d3/Chapter VI/Article 34/1.", now: "five" } },
  // Deleted passages: orphaned, never attached elsewhere.
  { why: "deleted definition whose words reappear in article 27", on: `${I}/Article 2/(g)`, phrase: "shall mean conduct constituting an offence punishable by a maximum deprivation of liberty of at least", expected: { outcome: "orphaned", reason: DELETED } },
  { why: "deleted definition term", on: `${I}/Article 2/(g)`, phrase: "Serious crime", expected: { outcome: "orphaned", reason: DELETED } },
  { why: "deleted bracketed option", on: `${II}/Article 13/2.`, phrase: "[, or realistic images representing such a person]", expected: { outcome: "orphaned" } },
  { why: "deleted paragraph", on: `${II}/Article 14/2.`, phrase: "shall apply only to [serious crime]", expected: { outcome: "orphaned" } },
  { why: "deleted clause with the same boilerplate nearby", on: `${III}/Article 22/1.`, phrase: "[and subject to prior judicial authorization]", expected: { outcome: "orphaned" } },
  { why: "deleted paragraph on civil proceedings", on: `${IV}/Article 24/2.`, phrase: "civil and administrative investigations", expected: { outcome: "orphaned", reason: DELETED } },
  { why: "replaced refusal ground", on: `${IV}/Article 25/6.`, phrase: "political opinions", expected: { outcome: "orphaned", reason: DELETED } },
  { why: "rewritten bracketed purpose", on: `${I}/Article 1/(a)`, phrase: "[cybercrime] [the use of information and communications technologies for criminal purposes]", expected: { outcome: "orphaned" } },
];

const readBack = (ops: readonly DiffOp[], skip: readonly DiffOp["type"][]) => ops.filter((op) => !skip.includes(op.type)).map((op) => op.text).join("");

describe("carrying annotations from the zero draft to the revised draft", () => {
  const { from, to, candidates } = zeroToRevised();
  const before = byId(from);
  const after = byId(to);
  const annotations = CASES.map((c, index) => ({ id: `a${index}`, target: targetOn(before.get(c.on)!, c.phrase, c.occurrence) }));
  const results = carryForward(annotations, candidates, { language: "en" });

  it("places enough annotations, and reports an outcome for every one", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(results.map((result) => result.annotationId)).toEqual(annotations.map((annotation) => annotation.id));
  });

  it.each(CASES.map((c, index) => [c.why, c, index] as const))("%s", (_, c, index) => {
    const result = results[index]!;
    const expected = c.expected;
    expect(result.outcome, JSON.stringify(result)).toBe(expected.outcome);
    if (expected.outcome === "orphaned") {
      expect(result.target).toBeUndefined();
      expect(result.reason).toMatch(expected.reason ?? /./);
      return;
    }
    const target = result.target!;
    expect(target.provisionId).toBe(expected.at);
    const text = after.get(target.provisionId)!.text;
    const words = text.slice(target.position.start, target.position.end);
    expect(target.quote.exact).toBe(words);
    expect(target.quote.prefix).toBe(text.slice(target.position.start - target.quote.prefix.length, target.position.start));
    if (expected.outcome === "same") {
      expect(words).toBe(c.phrase);
      expect(text.slice(target.position.end)).toMatch(new RegExp(`^${expected.followedBy ?? ""}`));
      expect(result.diff).toBeUndefined();
      return;
    }
    expect(words).toBe(expected.now);
    expect(readBack(result.diff!, ["insert", "move-to"])).toBe(c.phrase);
    expect(readBack(result.diff!, ["delete", "move-from"])).toBe(expected.now);
  });

  it("never searches an annotation outside the article aligned with its own", () => {
    const phrase = "under its domestic law";
    for (const c of CASES.filter((c) => c.phrase === phrase)) {
      const article = (id: string) => id.split("/").slice(0, 3).join("/");
      const ids = candidates(c.on).map((candidate) => article(candidate.id));
      expect(new Set(ids).size).toBe(1);
    }
  });

  it("orphans an annotation whose provision the lookup does not know", () => {
    const stray = { id: "stray", target: { ...annotations[0]!.target, provisionId: "d2/nowhere" } };
    expect(carryForward([stray], candidates)).toEqual([{ annotationId: "stray", outcome: "orphaned", reason: expect.stringMatching(DELETED) }]);
  });
});
