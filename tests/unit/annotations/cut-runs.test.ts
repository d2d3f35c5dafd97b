import { describe, expect, it } from "vitest";
import { cutRuns } from "../../../lib/annotations/cut-runs";
import { diffSideRuns, type SideRun } from "../../../lib/annotations/diff-side";
import type { DiffOp } from "../../../lib/diff/types";

const chapeau = { id: "art", text: "Each State Party shall:" };
const a = { id: "a", text: "Protect privacy;" };
const b = { id: "b", text: "Ensure remedies." };
const before: DiffOp[] = [
  { type: "equal", text: "Each State Party shall:\n(a) Protect " },
  { type: "delete", text: "privacy;\n(b) Ensure" },
  { type: "equal", text: " remedies." },
];
const text = (runs: SideRun[]) => runs.flatMap((run) => run.pieces.map((p) => p.text)).join("");

describe("a side's runs cut into parts", () => {
  it("cuts at the offsets given, and the parts read back the side exactly", () => {
    const runs = diffSideRuns(before, [chapeau, a, b], new Map());
    const parts = cutRuns(runs, [24]);
    expect(parts.map(text)).toEqual(["Each State Party shall:\n", "(a) Protect privacy;\n(b) Ensure remedies."]);
    expect(parts[1]!.map((run) => [run.provisionId, run.offset])).toEqual([[null, 0], ["a", 0], [null, 0], ["b", 0]]);
  });

  it("keeps a provision's place in its stored text in the part after a cut through it", () => {
    const multiline = { id: "p", text: "First line\nsecond line" };
    const parts = cutRuns(diffSideRuns([{ type: "equal", text: multiline.text }], [multiline], new Map()), [11]);
    expect(parts.map((part) => part.map((run) => [run.provisionId, run.offset, text([run])]))).toEqual([[["p", 0, "First line\n"]], [["p", 11, "second line"]]]);
  });

  it("leaves a change cut in two one stop for the navigator, and an annotation's start in its first part", () => {
    const runs = diffSideRuns(before, [chapeau, a, b], new Map([["a", [{ annotationId: "n1", start: 0, end: 16 }]]]));
    const deletion = cutRuns(runs, [41]).flat().flatMap((run) => run.pieces).filter((piece) => piece.op === 1);
    expect(deletion.map((p) => [p.text, p.opStarts])).toEqual([["priva", true], ["cy;", false], ["\n(b) ", false], ["Ensure", false]]);
    const marked = cutRuns(runs, [32]).map((part) => part.flatMap((run) => run.pieces).filter((p) => p.annotationIds.length > 0).map((p) => [p.text, p.startsHere]));
    expect(marked).toEqual([[["Prot", ["n1"]]], [["ect ", []], ["privacy;", []]]]);
  });

  it("gives an empty part for a cut at the very end", () => {
    const runs = diffSideRuns([{ type: "equal", text: a.text }], [a], new Map());
    expect(cutRuns(runs, [a.text.length]).map(text)).toEqual([a.text, ""]);
  });
});
