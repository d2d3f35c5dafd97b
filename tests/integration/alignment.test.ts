import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, OPERATOR, type Actor } from "../../lib/auth/permissions";
import { findAlignment, pairingOf } from "../../lib/db/alignments";
import { confirmAlignmentPair, recomputeAlignment, releaseAlignmentPair, setAlignmentPair } from "../../lib/operations/edit-alignment";
import { getClauseHistory } from "../../lib/operations/get-clause-history";
import { getComparison } from "../../lib/operations/get-comparison";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const analyst: Actor = { kind: "user", id: "analyst", role: "ANALYST", organizationIds: [] };

describe("alignments of stored drafts", () => {
  let t: TestDatabase;
  let drafts: { id: string; symbol: string | null; language: string }[];
  const article = (draftIndex: number, number: string) =>
    t.db.provision.findFirstOrThrow({ where: { draftId: drafts[draftIndex]!.id, kind: "ARTICLE", number } });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    drafts = await t.db.draft.findMany({ where: { treaty: { isSample: true } }, orderBy: { position: "asc" } });
  });
  afterAll(() => t.drop());

  it("are computed on first comparison, stored, and pair the renumbered safeguards article", async () => {
    const view = await getComparison(t.db, analyst, { from: drafts[1]!.id, to: drafts[2]!.id });
    const safeguards = view.comparison.pairs.find((p) => p.to.some((a) => a.heading === "Conditions and safeguards"))!;
    expect(safeguards.from.map((a) => a.number)).toEqual(["23"]);
    expect(safeguards.to.map((a) => a.number)).toEqual(["26"]);
    expect(safeguards.renumbered).toBe(true);
    const stored = await findAlignment(t.db, drafts[1]!.id, drafts[2]!.id);
    expect(stored!.pairs).toHaveLength(view.comparison.pairs.length);
    // Every article of both drafts stands in exactly one pair.
    const ids = stored!.pairs.flatMap((p) => p.provisions.map((x) => x.provisionId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(view.articles.from.length + view.articles.to.length);
  });

  it("keep a pair an editor set and confirmed when computed again", async () => {
    const alignment = (await findAlignment(t.db, drafts[1]!.id, drafts[2]!.id))!;
    // A deliberately odd pairing that computation would never find: zero draft's Art. 1 with revised Art. 34.
    const [from, to] = [await article(1, "1"), await article(2, "34")];
    await setAlignmentPair(t.db, OPERATOR, { alignmentId: alignment.id, from: [from.id], to: [to.id] });
    await recomputeAlignment(t.db, OPERATOR, { alignmentId: alignment.id });
    await recomputeAlignment(t.db, OPERATOR, { alignmentId: alignment.id });
    const after = (await findAlignment(t.db, drafts[1]!.id, drafts[2]!.id))!;
    const kept = after.pairs.map(pairingOf).filter((p) => p.from.includes(from.id) || p.to.includes(to.id));
    expect(kept).toEqual([expect.objectContaining({ from: [from.id], to: [to.id], confirmed: true, reasons: ["confirmed"] })]);
    // The articles those two displaced were paired again: nothing is left out.
    const ids = after.pairs.flatMap((p) => p.provisions.map((x) => x.provisionId));
    expect(new Set(ids).size).toBe(ids.length);

    const pair = after.pairs.find((p) => p.confirmedAt)!;
    await releaseAlignmentPair(t.db, OPERATOR, { pairId: pair.id });
    const released = (await findAlignment(t.db, drafts[1]!.id, drafts[2]!.id))!.pairs.map(pairingOf);
    expect(released.find((p) => p.from.includes(from.id))!.to).not.toEqual([to.id]);
  });

  it("keep a computed pair once confirmed", async () => {
    const alignment = (await findAlignment(t.db, drafts[1]!.id, drafts[2]!.id))!;
    const pair = alignment.pairs.find((p) => p.kind === "CHANGED")!;
    await confirmAlignmentPair(t.db, OPERATOR, { pairId: pair.id });
    await recomputeAlignment(t.db, OPERATOR, { alignmentId: alignment.id });
    const after = await t.db.alignmentPair.findUnique({ where: { id: pair.id } });
    expect(after?.confirmedAt).not.toBeNull();
  });

  it("refuse corrections from analysts and viewers, and pairs of several with several", async () => {
    const alignment = (await findAlignment(t.db, drafts[1]!.id, drafts[2]!.id))!;
    const [a, b, c, d] = [await article(1, "2"), await article(1, "3"), await article(2, "2"), await article(2, "3")];
    await expect(setAlignmentPair(t.db, analyst, { alignmentId: alignment.id, from: [a.id], to: [c.id] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recomputeAlignment(t.db, { ...analyst, role: "VIEWER" }, { alignmentId: alignment.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setAlignmentPair(t.db, OPERATOR, { alignmentId: alignment.id, from: [a.id, b.id], to: [c.id, d.id] })).rejects.toThrow("not several with several");
    await expect(setAlignmentPair(t.db, OPERATOR, { alignmentId: alignment.id, from: [c.id], to: [a.id] })).rejects.toThrow("two drafts being compared");
  });

  it("chain into a clause's history through every draft of its language", async () => {
    const safeguards = await article(2, "26");
    const steps = await getClauseHistory(t.db, analyst, safeguards.id);
    expect(steps.map((s) => s.draft.language)).toEqual(["en", "en", "en"]);
    expect(steps.map((s) => s.articles.map((a) => a.number))).toEqual([["24"], ["23"], ["26"]]);
    expect(steps[0]!.changes).toEqual([]);
    expect(steps[1]!.changes[0]!.ops.some((op) => op.type !== "equal")).toBe(true);
  });
});
