import { describe, expect, it } from "vitest";
import { diffWords } from "../../../lib/diff/diff-words";
import { tokenize } from "../../../lib/diff/tokenize";
import { afterText, expectWellFormed } from "./helpers/check-ops";
import { pick, randomInt, seededRandom } from "../../helpers/seeded-random";
import { realTexts } from "./helpers/texts";

type Edit = (tokens: string[], random: () => number, source: readonly string[]) => void;

// The kinds of change a negotiator makes between drafts, applied to token lists.
const EDITS: Edit[] = [
  function replaceWord(tokens, random, source) {
    tokens.splice(randomInt(random, tokens.length), 1, pick(random, source));
  },
  function deleteSpan(tokens, random) {
    tokens.splice(randomInt(random, tokens.length), 1 + randomInt(random, 12));
  },
  function insertSpan(tokens, random, source) {
    const from = randomInt(random, source.length);
    tokens.splice(randomInt(random, tokens.length + 1), 0, ...source.slice(from, from + 1 + randomInt(random, 20)));
  },
  function moveSpan(tokens, random) {
    const from = randomInt(random, tokens.length);
    const span = tokens.splice(from, 5 + randomInt(random, 30));
    tokens.splice(randomInt(random, tokens.length + 1), 0, ...span);
  },
  function respace(tokens, random) {
    const at = randomInt(random, tokens.length);
    tokens[at] = /^\s+$/u.test(tokens[at] ?? "") ? pick(random, [" ", "  ", "\n", " \n "]) : `${tokens[at]} `;
  },
  function repunctuate(tokens, random) {
    tokens.splice(randomInt(random, tokens.length + 1), 0, pick(random, [",", ";", ".", ":", "،", "—"]));
  },
];

function editedPair(text: string, seed: number): { before: string; after: string } {
  const random = seededRandom(seed);
  const source = tokenize(text);
  const start = randomInt(random, Math.max(1, source.length - 400));
  const before = source.slice(start, start + 20 + randomInt(random, 380));
  const after = [...before];
  for (let edits = 1 + randomInt(random, 6); edits > 0; edits--) pick(random, EDITS)(after, random, source);
  return { before: before.join(""), after: after.join("") };
}

describe("diffWords invariants on real text with random edits", () => {
  for (const { name, text } of realTexts()) {
    it(`reads back both texts in whole tokens (${name})`, () => {
      for (let seed = 1; seed <= 60; seed++) {
        const { before, after } = editedPair(text, seed);
        expectWellFormed(diffWords(before, after), before, after);
        expectWellFormed(diffWords(after, before), after, before);
      }
    });

    it(`reads back the after text with ignore options (${name})`, () => {
      for (let seed = 1000; seed <= 1030; seed++) {
        const { before, after } = editedPair(text, seed);
        for (const options of [{ ignoreWhitespace: true }, { ignorePunctuation: true }, { ignoreWhitespace: true, ignorePunctuation: true }]) {
          const ops = diffWords(before, after, options);
          expect(afterText(ops), `seed ${seed} ${JSON.stringify(options)}`).toBe(after);
          expect(ops.every((op) => op.text !== "")).toBe(true);
        }
      }
    });
  }

  it("diffs two whole real drafts and reads both back", () => {
    const [first, second] = realTexts().filter((entry) => entry.name.endsWith(".en.txt"));
    if (!first || !second) throw new Error("expected two English demo drafts");
    expectWellFormed(diffWords(first.text, second.text), first.text, second.text);
  });
});
