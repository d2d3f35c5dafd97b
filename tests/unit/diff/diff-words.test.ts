import { describe, expect, it } from "vitest";
import { diffWords } from "../../../lib/diff/diff-words";
import { afterText, expectWellFormed } from "./helpers/check-ops";

describe("diffWords on known pairs", () => {
  it("shows a replaced word as one delete and one insert", () => {
    const before = "Each State Party may adopt such measures.";
    const after = "Each State Party shall adopt such measures.";
    expect(diffWords(before, after)).toEqual([
      { type: "equal", text: "Each State Party " },
      { type: "delete", text: "may" },
      { type: "insert", text: "shall" },
      { type: "equal", text: " adopt such measures." },
    ]);
  });

  it("shows an inserted clause with its comma and space, placed at word boundaries", () => {
    const before = "States Parties shall cooperate in investigations.";
    const after = "States Parties shall cooperate, in accordance with their domestic law, in investigations.";
    expect(diffWords(before, after)).toEqual([
      { type: "equal", text: "States Parties shall cooperate" },
      { type: "insert", text: ", in accordance with their domestic law," },
      { type: "equal", text: " in investigations." },
    ]);
  });

  it("shows a deleted clause", () => {
    const before = "Each State Party shall, to the greatest extent possible, afford assistance.";
    const after = "Each State Party shall afford assistance.";
    expect(diffWords(before, after)).toEqual([
      { type: "equal", text: "Each State Party shall" },
      { type: "delete", text: ", to the greatest extent possible," },
      { type: "equal", text: " afford assistance." },
    ]);
  });

  it("gives identical texts as one equal and empty texts as nothing", () => {
    expect(diffWords("Same text.", "Same text.")).toEqual([{ type: "equal", text: "Same text." }]);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "New.")).toEqual([{ type: "insert", text: "New." }]);
    expect(diffWords("Old.", "")).toEqual([{ type: "delete", text: "Old." }]);
  });

  it("shows a changed run of whitespace unless whitespace is ignored", () => {
    const before = "shall adopt  measures";
    const after = "shall adopt\nmeasures";
    expect(diffWords(before, after)).toEqual([
      { type: "equal", text: "shall adopt" },
      { type: "delete", text: "  " },
      { type: "insert", text: "\n" },
      { type: "equal", text: "measures" },
    ]);
    expect(diffWords(before, after, { ignoreWhitespace: true })).toEqual([{ type: "equal", text: after }]);
  });

  it("shows whitespace added between a word and punctuation unless whitespace is ignored", () => {
    expect(diffWords("data , and", "data, and")).toEqual([
      { type: "equal", text: "data" },
      { type: "delete", text: " " },
      { type: "equal", text: ", and" },
    ]);
    expect(diffWords("data , and", "data, and", { ignoreWhitespace: true })).toEqual([{ type: "equal", text: "data, and" }]);
  });

  it("shows changed punctuation unless punctuation is ignored", () => {
    const before = "traffic data; content data.";
    const after = "traffic data, content data;";
    expect(diffWords(before, after)).toEqual([
      { type: "equal", text: "traffic data" },
      { type: "delete", text: ";" },
      { type: "insert", text: "," },
      { type: "equal", text: " content data" },
      { type: "delete", text: "." },
      { type: "insert", text: ";" },
    ]);
    expect(diffWords(before, after, { ignorePunctuation: true })).toEqual([{ type: "equal", text: after }]);
    // Ignoring whitespace alone does not hide punctuation.
    expect(diffWords(before, after, { ignoreWhitespace: true })).toEqual(diffWords(before, after));
  });

  it("hides a change of both whitespace and punctuation only when both are ignored", () => {
    const before = "offences , namely";
    const after = "offences: namely";
    const both = diffWords(before, after, { ignoreWhitespace: true, ignorePunctuation: true });
    expect(both).toEqual([{ type: "equal", text: after }]);
    expect(diffWords(before, after, { ignorePunctuation: true }).some((op) => op.type !== "equal")).toBe(true);
    expect(diffWords(before, after, { ignoreWhitespace: true }).some((op) => op.type !== "equal")).toBe(true);
  });

  it("still shows word changes next to ignored punctuation, and keeps the after text", () => {
    const before = "data; shall";
    const after = "data, may";
    const ops = diffWords(before, after, { ignorePunctuation: true });
    expect(ops).toEqual([
      { type: "equal", text: "data, " },
      { type: "delete", text: "shall" },
      { type: "insert", text: "may" },
    ]);
    expect(afterText(ops)).toBe(after);
  });

  it("compares Arabic word by word", () => {
    const before = "يجوز للدولة الطرف أن تعتمد التدابير";
    const after = "يجب على الدولة الطرف أن تعتمد التدابير";
    expect(diffWords(before, after)).toEqual([
      { type: "delete", text: "يجوز للدولة" },
      { type: "insert", text: "يجب على الدولة" },
      { type: "equal", text: " الطرف أن تعتمد التدابير" },
    ]);
  });

  it("treats a changed haraka as a change of the whole Arabic word", () => {
    expect(diffWords("إن الدولَ الأطراف", "إن الدولُ الأطراف")).toEqual([
      { type: "equal", text: "إن " },
      { type: "delete", text: "الدولَ" },
      { type: "insert", text: "الدولُ" },
      { type: "equal", text: " الأطراف" },
    ]);
  });

  for (const form of ["NFC", "NFD"] as const) {
    it(`shows a Vietnamese diacritic change as a whole-word change (${form})`, () => {
      const before = "hành vi tội phạm mạng".normalize(form);
      const after = "hành vi tôi phạm mạng".normalize(form);
      const ops = diffWords(before, after);
      expect(ops).toEqual([
        { type: "equal", text: "hành vi ".normalize(form) },
        { type: "delete", text: "tội".normalize(form) },
        { type: "insert", text: "tôi".normalize(form) },
        { type: "equal", text: " phạm mạng".normalize(form) },
      ]);
      expectWellFormed(ops, before, after);
    });
  }

  it("compares Chinese character by character", () => {
    expect(diffWords("缔约国应当采取必要措施。", "缔约国可以采取必要措施。")).toEqual([
      { type: "equal", text: "缔约国" },
      { type: "delete", text: "应当" },
      { type: "insert", text: "可以" },
      { type: "equal", text: "采取必要措施。" },
    ]);
  });

  it("splits French elision when told the language", () => {
    expect(diffWords("le territoire de l'État", "le territoire de l'Union", { language: "fr" })).toEqual([
      { type: "equal", text: "le territoire de l'" },
      { type: "delete", text: "État" },
      { type: "insert", text: "Union" },
    ]);
    expect(diffWords("le territoire de l'État", "le territoire de l'Union")).toEqual([
      { type: "equal", text: "le territoire de " },
      { type: "delete", text: "l'État" },
      { type: "insert", text: "l'Union" },
    ]);
  });
});
