// Seeded random word edits around (and sometimes inside) an annotated span. Whatever the edits,
// an anchored span lies inside the edited text, over the annotated words, and `exact` says
// exactly whether those words changed.

import { describe, expect, it } from "vitest";
import { anchor } from "../../../lib/anchoring/anchor";
import { normaliseForMatching } from "../../../lib/anchoring/prepared-text";
import { describePosition } from "../../../lib/anchoring/text-position";
import { describeQuote } from "../../../lib/anchoring/text-quote";
import { byId, demoDraft } from "./helpers/demo-drafts";
import { seededRandom as prng } from "../../helpers/seeded-random";

const TEXTS = [...byId(demoDraft("sample-2-zero.en.txt", "d2")).values()].map((node) => node.text).filter((text) => text.length >= 200);
const FOREIGN_WORDS = ["notwithstanding", "forthwith", "pursuant", "hereinafter", "mutatis", "mutandis", "inter alia", "bona fide"];

interface Trial {
  text: string;
  start: number;
  end: number;
  unchanged: boolean;
  /** Where the annotated words are after the edits. */
  newStart: number;
  newEnd: number;
  edited: string;
}

function words(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function trial(random: () => number): Trial | null {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = pick(TEXTS);
  const tokens = words(text);
  const first = Math.floor(random() * (tokens.length - 8));
  const count = 1 + Math.floor(random() * 8);
  const start = tokens[first]!.start;
  const end = tokens[first + count - 1]!.end;
  const quote = text.slice(start, end);
  if (text.indexOf(quote) !== start || text.indexOf(quote, start + 1) !== -1) return null; // unique quotes only
  let edited = text;
  let [newStart, newEnd] = [start, end];
  let inside = edited.slice(newStart, newEnd);
  for (let edit = 0, edits = 1 + Math.floor(random() * 3); edit < edits; edit++) {
    const region = pick(["before", "after", "inside", "before", "after"] as const);
    const window = region === "before" ? [Math.max(0, newStart - 60), newStart] : region === "after" ? [newEnd, Math.min(edited.length, newEnd + 60)] : [newStart, newEnd];
    const candidates = words(edited).filter((word) => word.start >= window[0]! && word.end <= window[1]!);
    if (candidates.length === 0) continue;
    const word = pick(candidates);
    const operation = pick(["insert", "delete", "replace"] as const);
    const replacement = operation === "delete" ? "" : operation === "insert" ? `${pick(FOREIGN_WORDS)} ${edited.slice(word.start, word.end)}` : pick(FOREIGN_WORDS);
    // Deleting the only word of the span leaves nothing to annotate: keep it.
    if (region === "inside" && operation === "delete" && candidates.length === 1) continue;
    // A deleted word takes a space along, as an editor would: the one before it when it ends the span.
    const [cutStart, cutEnd] =
      operation !== "delete" ? [word.start, word.end]
      : region === "inside" && word.end === newEnd ? [word.start - 1, word.end]
      : [word.start, edited[word.end] === " " ? word.end + 1 : word.end];
    edited = edited.slice(0, cutStart) + replacement + edited.slice(cutEnd);
    const delta = replacement.length - (cutEnd - cutStart);
    if (region === "before") newStart += delta;
    if (region !== "after") newEnd += delta;
    inside = edited.slice(newStart, newEnd);
  }
  // Whitespace and Unicode normalisation do not count as a change of words.
  return { text, start, end, unchanged: normaliseForMatching(inside) === normaliseForMatching(quote), newStart, newEnd, edited };
}

describe("anchoring after random edits (seeded)", () => {
  it("stays inside the text, on the annotated words, and reports exactly whether they changed", () => {
    const random = prng(20240805);
    let anchored = 0;
    let runs = 0;
    const outcomes = { same: 0, changed: 0, orphaned: 0 };
    while (runs < 400) {
      const t = trial(random);
      if (!t) continue;
      const quote = t.text.slice(t.start, t.end);
      // The words must be findable only where they were annotated, or "right place" has no meaning.
      const normalisedText = normaliseForMatching(t.edited);
      const occurrences = normalisedText.split(normaliseForMatching(quote)).length - 1;
      if (occurrences !== (t.unchanged ? 1 : 0)) continue;
      runs++;
      const target = { quote: describeQuote(t.text, t.start, t.end), position: describePosition(t.start, t.end) };
      const result = anchor(t.edited, target);
      const context = JSON.stringify({ quote, edited: t.edited.slice(Math.max(0, t.newStart - 60), t.newEnd + 60), result });
      if (result.status === "orphaned") {
        outcomes.orphaned++;
        continue;
      }
      anchored++;
      expect(0 <= result.start && result.start <= result.end && result.end <= t.edited.length, context).toBe(true);
      expect(result.start < t.newEnd && result.end > t.newStart, context).toBe(true);
      expect(result.exact, context).toBe(t.unchanged);
      if (t.unchanged) expect([result.start, result.end], context).toEqual([t.newStart, t.newEnd]);
      outcomes[t.unchanged ? "same" : "changed"]++;
    }
    // The edits are small: most annotations must survive them, both ways.
    expect(anchored).toBeGreaterThan(300);
    expect(outcomes.same).toBeGreaterThan(100);
    expect(outcomes.changed).toBeGreaterThan(50);
  });
});
