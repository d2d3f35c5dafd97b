import { describe, expect, it } from "vitest";
import { canonicalText, sameText } from "../../../lib/alignment/same-text";
import { pick, randomInt, seededRandom } from "../../helpers/seeded-random";

describe("canonicalText", () => {
  it("collapses whitespace runs of any kind to one space, trims, and composes (NFC)", () => {
    expect(canonicalText("  Each State\n\nParty\u00a0 shall ")).toBe("Each State Party shall");
    expect(canonicalText("a\tb")).toBe("a b");
    expect(canonicalText("Vie\u0323\u0302t  Nam")).toBe("Việt Nam");
    expect(canonicalText(null)).toBe("");
  });

  it("returns text that is already canonical as it is", () => {
    const text = "Each State Party shall adopt such measures.";
    expect(canonicalText(text)).toBe(text);
    expect(sameText("a  b", "a b")).toBe(true);
    expect(sameText("a b", "a c")).toBe(false);
  });
});

describe("sameText", () => {
  it("agrees with comparing canonical forms, Unicode spaces and composing marks included", () => {
    // Short texts over characters where a shortcut could go wrong: ASCII and Unicode spaces,
    // a combining accent that composes with the letter before it, its precomposed form.
    const pieces = ["a", "e", "x", ".", " ", "  ", "\n", "\t", "\r\n", "\u000b", "\u00a0", "\u3000", "\u0301", "é"];
    const random = seededRandom(31);
    const text = () => Array.from({ length: randomInt(random, 7) }, () => pick(random, pieces)).join("");
    for (let round = 0; round < 20_000; round++) {
      const a = text();
      const b = round % 2 === 0 ? text() : a.replace(/ /g, () => pick(random, ["\n", "  ", "\u00a0"])) + pick(random, ["", " ", "\u3000", "x"]);
      expect(sameText(a, b), JSON.stringify([a, b])).toBe(canonicalText(a) === canonicalText(b));
    }
  });

  it("sees spacing changes anywhere in long texts as the same text, and a changed word as another", () => {
    const text = "Each State Party shall adopt such legislative and other measures.\n(a) Promote;\n(b) Protect.";
    expect(sameText(text, ` ${text.replace(/\n/g, "\n  ")}\t`)).toBe(true);
    expect(sameText(text, text.replace("Protect", "protect"))).toBe(false);
    expect(sameText(text, `${text} More.`)).toBe(false);
    expect(sameText(null, "  ")).toBe(true);
  });
});
