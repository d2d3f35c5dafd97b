import { describe, expect, it } from "vitest";
import { highlightSegments, type Highlight } from "../../../lib/anchoring/highlight-segments";

const TEXT = "Each State Party shall ensure that the powers and procedures are subject to conditions and safeguards.";

const at = (text: string, words: string, annotationId: string): Highlight => {
  const start = text.indexOf(words);
  return { annotationId, start, end: start + words.length };
};
const readBack = (segments: { text: string }[]) => segments.map((s) => s.text).join("");
const marked = (segments: ReturnType<typeof highlightSegments>) =>
  segments.filter((s) => s.annotationIds.length).map((s) => [s.text, s.annotationIds, s.startsHere]);

describe("highlightSegments", () => {
  it("gives the text back as one plain run without highlights", () => {
    expect(highlightSegments(TEXT, [])).toEqual([{ start: 0, end: TEXT.length, text: TEXT, annotationIds: [], startsHere: [] }]);
    expect(highlightSegments("", [])).toEqual([]);
  });

  it("marks the highlighted words and keeps the offsets of the stored text", () => {
    const segments = highlightSegments(TEXT, [at(TEXT, "conditions and safeguards", "a")]);
    expect(readBack(segments)).toBe(TEXT);
    expect(marked(segments)).toEqual([["conditions and safeguards", ["a"], ["a"]]]);
    for (const s of segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it("splits overlapping and nested highlights into runs under each set of annotations", () => {
    const segments = highlightSegments(TEXT, [at(TEXT, "the powers and procedures", "a"), at(TEXT, "procedures are subject", "b"), at(TEXT, "powers", "c")]);
    expect(readBack(segments)).toBe(TEXT);
    expect(marked(segments)).toEqual([
      ["the ", ["a"], ["a"]],
      ["powers", ["a", "c"], ["c"]],
      [" and ", ["a"], []],
      ["procedures", ["a", "b"], ["b"]],
      [" are subject", ["b"], []],
    ]);
  });

  it("lets two annotations on the same words both land there", () => {
    const segments = highlightSegments(TEXT, [at(TEXT, "safeguards", "a"), at(TEXT, "safeguards", "b")]);
    expect(marked(segments)).toEqual([["safeguards", ["a", "b"], ["a", "b"]]]);
  });

  it("works on right-to-left Arabic text in logical order", () => {
    const arabic = "تكفل كل دولة طرف أن تخضع الصلاحيات والإجراءات للشروط والضمانات المنصوص عليها في قانونها الداخلي.";
    const segments = highlightSegments(arabic, [at(arabic, "للشروط والضمانات", "a")]);
    expect(readBack(segments)).toBe(arabic);
    expect(marked(segments)).toEqual([["للشروط والضمانات", ["a"], ["a"]]]);
  });

  it("never cuts a surrogate pair or a letter from its combining marks", () => {
    const text = "Data 𝐀𝐁 and Việt";
    const pair = text.indexOf("𝐀");
    // Offsets in the middle of 𝐀 and of 𝐁 widen to both whole characters.
    const segments = highlightSegments(text, [{ annotationId: "a", start: pair + 1, end: pair + 3 }]);
    expect(marked(segments)).toEqual([["𝐀𝐁", ["a"], ["a"]]]);
    const decomposed = "Vie\u0302\u0323t Nam";
    const tone = highlightSegments(decomposed, [{ annotationId: "b", start: 0, end: 3 }]);
    expect(marked(tone)).toEqual([["Vie\u0302\u0323", ["b"], ["b"]]]);
    expect(readBack(tone)).toBe(decomposed);
  });

  it("cuts a window out of the text, and a highlight from before the window lands on its first run", () => {
    const text = "First paragraph.\n\nSecond paragraph.";
    const second = text.indexOf("Second");
    const segments = highlightSegments(text, [{ annotationId: "a", start: 6, end: second + 6 }], second, text.length);
    expect(readBack(segments)).toBe("Second paragraph.");
    expect(marked(segments)).toEqual([["Second", ["a"], ["a"]]]);
    expect(segments[0]!.start).toBe(second);
  });

  it("leaves out empty, reversed and out-of-range highlights", () => {
    const segments = highlightSegments(TEXT, [
      { annotationId: "empty", start: 4, end: 4 },
      { annotationId: "reversed", start: 9, end: 2 },
      { annotationId: "beyond", start: TEXT.length + 5, end: TEXT.length + 9 },
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.annotationIds).toEqual([]);
  });
});
