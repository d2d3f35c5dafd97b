import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffWords } from "../../../lib/diff/diff-words";
import type { DiffOp } from "../../../lib/diff/types";
import { expectWellFormed } from "./helpers/check-ops";

const REVISED = fileURLToPath(new URL("../../../prisma/demo/drafts/sample-3-revised.en.txt", import.meta.url));

/** The text of one article of the revised demo draft, heading to the line before the next one. */
function article(number: number): string {
  const text = readFileSync(REVISED, "utf8");
  const start = text.indexOf(`\nArticle ${number}\n`);
  const end = text.indexOf(`\nArticle ${number + 1}\n`);
  if (start < 0 || end < 0) throw new Error(`demo draft has no article ${number}`);
  return text.slice(start + 1, end);
}

const moved = (ops: DiffOp[]) => ops.filter((op) => op.type === "move-from" || op.type === "move-to");

describe("diffWords move detection", () => {
  it("shows a sentence moved inside a paragraph as a move, the longer text staying put", () => {
    const before =
      "States Parties shall cooperate closely. Each State Party shall designate a contact point. Requests shall be made in writing.";
    const after =
      "Each State Party shall designate a contact point. States Parties shall cooperate closely. Requests shall be made in writing.";
    const ops = diffWords(before, after);
    expect(ops).toEqual([
      { type: "move-from", text: "States Parties shall cooperate closely. ", moveId: 1 },
      { type: "equal", text: "Each State Party shall designate a contact point. " },
      { type: "move-to", text: "States Parties shall cooperate closely. ", moveId: 1 },
      { type: "equal", text: "Requests shall be made in writing." },
    ]);
    expectWellFormed(ops, before, after);
  });

  it("shows a reordered clause of a real article as one move, whatever else changed", () => {
    const before = article(2);
    const lines = before.split("\n");
    const clauseB = lines.findIndex((line) => line.startsWith("(b)"));
    const clauseE = lines.findIndex((line) => line.startsWith("(e)"));
    const [moving] = lines.splice(clauseB, 1);
    lines.splice(clauseE, 0, moving ?? "");
    const after = lines.join("\n").replace("shall mean any public", "shall mean every public");
    const ops = diffWords(before, after);
    expectWellFormed(ops, before, after);
    expect(moved(ops)).toEqual([
      { type: "move-from", text: `${moving}\n`, moveId: 1 },
      { type: "move-to", text: `${moving}\n`, moveId: 1 },
    ]);
    expect(ops.filter((op) => op.type === "delete" || op.type === "insert")).toEqual([
      { type: "delete", text: "any" },
      { type: "insert", text: "every" },
    ]);
  });

  it("shows a reordered paragraph of a real article as a move even when it was lightly edited", () => {
    const before = article(5);
    const paragraphs = before.split("\n");
    const first = paragraphs.findIndex((line) => line.startsWith("1. "));
    const [paragraph] = paragraphs.splice(first, 1);
    if (!paragraph) throw new Error("article 5 has no paragraph 1");
    paragraphs.push(paragraph.replace("ensure", "guarantee"));
    const after = paragraphs.join("\n");
    const ops = diffWords(before, after);
    expectWellFormed(ops, before, after);
    const from = ops.find((op) => op.type === "move-from");
    const to = ops.find((op) => op.type === "move-to");
    expect(from?.text.trim()).toBe(paragraph);
    expect(to?.text.trim()).toBe(paragraph.replace("ensure", "guarantee"));
    expect(ops.filter((op) => op.type === "delete" || op.type === "insert").every((op) => op.text.trim() === "")).toBe(true);
  });

  it("finds a move whatever its case and spacing, and keeps the text of each side", () => {
    const before = "The moved sentence has five words. Alpha clause stays right here in place. Omega ends.";
    const after = "Alpha clause stays right here in place. the  moved sentence has FIVE words. Omega ends.";
    const ops = diffWords(before, after);
    expect(ops).toEqual([
      { type: "move-from", text: "The moved sentence has five words. ", moveId: 1 },
      { type: "equal", text: "Alpha clause stays right here in place. " },
      { type: "move-to", text: "the  moved sentence has FIVE words. ", moveId: 1 },
      { type: "equal", text: "Omega ends." },
    ]);
  });

  it("does not call short runs or rewritten sentences moves", () => {
    const short = diffWords("Yes. The text stays here. No.", "No. The text stays here. Yes.");
    expect(moved(short)).toEqual([]);
    const rewritten = diffWords(
      "First the cat sat on the mat today. Then it left.",
      "Then it left. First a dog lay on the rug today.",
    );
    expect(moved(rewritten)).toEqual([]);
  });

  it("gives each of several moves its own id, numbered in the order of the old text", () => {
    const before = "One two three four. Five six seven eight. Stay here please now. Nine ten eleven twelve.";
    const after = "Stay here please now. Nine ten eleven twelve. One two three four. Five six seven eight.";
    const ops = diffWords(before, after);
    expectWellFormed(ops, before, after);
    const ids = ops.filter((op) => op.type === "move-from").map((op) => ("moveId" in op ? op.moveId : 0));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBe(1);
  });
});
