import { describe, expect, it } from "vitest";
import { diffSideRuns, provisionsOf } from "../../../lib/annotations/diff-side";
import type { DiffOp } from "../../../lib/diff/types";

const chapeau = { id: "art", text: "Each State Party shall adopt measures:" };
const a = { id: "a", text: "To protect privacy;" };
const b = { id: "b", text: "To ensure remedies." };
// The earlier side of a paragraph diff: subparagraph numbers are part of the compared text.
const before: DiffOp[] = [
  { type: "equal", text: "Each State Party shall adopt measures:\n(a) To protect " },
  { type: "delete", text: "privacy" },
  { type: "equal", text: ";\n(b) To ensure remedies." },
];

const read = (runs: ReturnType<typeof diffSideRuns>) => runs.map((run) => run.pieces.map((p) => p.text).join(""));

describe("one side of a comparison as provision text", () => {
  it("cuts the side at each provision, with offsets into its stored text, and reads back exactly", () => {
    const runs = diffSideRuns(before, [chapeau, a, b], new Map());
    expect(read(runs).join("")).toBe(before.map((op) => op.text).join(""));
    expect(runs.map((r) => [r.provisionId, r.offset])).toEqual([["art", 0], [null, 0], ["a", 0], [null, 0], ["b", 0]]);
    expect(read(runs)).toEqual([chapeau.text, "\n(a) ", a.text, "\n(b) ", b.text]);
  });

  it("keeps each change whole for the navigator: only its first piece starts it", () => {
    const runs = diffSideRuns(before, [chapeau, a, b], new Map([["a", [{ annotationId: "n1", start: 3, end: 18 }]]]));
    const inA = runs.find((r) => r.provisionId === "a")!.pieces;
    expect(inA.map((p) => [p.text, p.op, p.opStarts, p.annotationIds, p.startsHere])).toEqual([
      ["To ", 0, false, [], []],
      ["protect ", 0, false, ["n1"], ["n1"]],
      ["privacy", 1, true, ["n1"], []],
      [";", 2, true, [], []],
    ]);
  });

  it("leaves a provision it cannot find as stored unselectable rather than misplacing it", () => {
    const runs = diffSideRuns([{ type: "equal", text: "Each State Party shall adopt  measures:" }], [chapeau], new Map());
    expect(runs.map((r) => r.provisionId)).toEqual([null]);
  });

  it("restarts the offset for a provision's second run when a highlight cut lies between", () => {
    const runs = diffSideRuns([{ type: "equal", text: a.text }], [a], new Map([["a", [{ annotationId: "n", start: 3, end: 10 }]]]));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.pieces.map((p) => p.text)).toEqual(["To ", "protect", " privacy;"]);
  });
});

describe("the provisions a compared row spells out", () => {
  const article = { id: "art", text: chapeau.text, children: [{ id: "p1", text: "First.", children: [{ ...a, children: [] }] }] };
  const byId = new Map([[article.id, article], [article.children[0]!.id, article.children[0]!]]);
  it("takes an article or paragraph with its descendants, and an article's own text alone", () => {
    expect(provisionsOf(["art"], byId).map((p) => p.id)).toEqual(["art", "p1", "a"]);
    expect(provisionsOf(["p1"], byId).map((p) => p.id)).toEqual(["p1", "a"]);
    expect(provisionsOf(["art:text"], byId)).toEqual([{ id: "art", text: chapeau.text }]);
    expect(provisionsOf(["gone"], byId)).toEqual([]);
  });
});
