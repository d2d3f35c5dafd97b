import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../../lib/auth/permissions";
import { carryAnnotationsForward } from "../../lib/operations/annotations/carry-annotations-forward";
import { importParsedDraft } from "../../lib/operations/import-parsed-draft";
import { previewDraft } from "../../lib/operations/preview-draft";
import { demoAnnotations } from "../../prisma/demo/annotations";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

describe("carrying annotations forward", () => {
  let t: TestDatabase;
  let zero: { id: string };
  let revised: { id: string };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    zero = await t.db.draft.findFirstOrThrow({ where: { symbol: "SAMPLE/AHC.1/DRAFT.2" } });
    revised = await t.db.draft.findFirstOrThrow({ where: { symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1" } });
  });
  afterAll(() => t.drop());

  it("gives every demo annotation of the zero draft an anchor on the revised draft, with its outcome", async () => {
    const onZero = demoAnnotations.filter((a) => a.draftFile === "sample-2-zero.en.txt").length;
    const carried = await t.db.annotationAnchor.findMany({ where: { draftId: revised.id, annotation: { anchors: { some: { draftId: zero.id } } } }, include: { provision: true } });
    expect(carried).toHaveLength(onZero);
    for (const anchor of carried) {
      if (anchor.status === "ORPHANED") {
        expect(anchor.provisionId).toBeNull();
        expect(anchor.note).toBeTruthy();
      } else {
        // Landed on real words of a provision of the revised draft.
        expect(anchor.provision!.draftId).toBe(revised.id);
        expect(anchor.provision!.text.slice(anchor.start!, anchor.end!)).toBe(anchor.exact);
      }
      if (anchor.status === "TEXT_CHANGED") expect(Array.isArray(anchor.changes)).toBe(true);
    }
    expect(carried.some((a) => a.status === "ANCHORED")).toBe(true);
    const history = await t.db.annotationRevision.count({ where: { change: "CARRIED_FORWARD" } });
    expect(history).toBe(onZero);
  });

  it("adds nothing when run again", async () => {
    const before = await t.db.annotationAnchor.count();
    expect(await carryAnnotationsForward(t.db, OPERATOR, { fromDraftId: zero.id, toDraftId: revised.id })).toEqual({ carried: 0, same: 0, textChanged: 0, orphaned: 0 });
    expect(await t.db.annotationAnchor.count()).toBe(before);
  });

  it("happens when the next draft is imported, and every annotation of the previous draft gets an outcome", async () => {
    const text = await readFile(path.resolve(import.meta.dirname, "../../prisma/demo/drafts/sample-3-revised.en.txt"), "utf8");
    const preview = await previewDraft(OPERATOR, { bytes: new TextEncoder().encode(text.replace("legality, necessity and proportionality", "legality and necessity")), fileName: "rev2.txt", language: "en" });
    const onRevised = await t.db.annotationAnchor.count({ where: { draftId: revised.id, annotation: { deletedAt: null } } });
    const summary = await importParsedDraft(t.db, OPERATOR, { treaty: "sample-convention", title: "Revised draft 2 (test)", date: "2033-01-01", language: "en", provisions: preview.provisions });
    expect(summary.carried).toMatchObject({ carried: onRevised });
    expect(summary.carried!.same + summary.carried!.textChanged + summary.carried!.orphaned).toBe(onRevised);
    expect(await t.db.annotationAnchor.count({ where: { draftId: summary.draftId } })).toBe(onRevised);
  });
});
