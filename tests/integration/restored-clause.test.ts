import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors } from "./helpers/demo-actors";
import { onWords } from "./helpers/demo-provisions";
import { articlesOf, importSmallDraft, SAFEGUARDS, SAFEGUARDS_QUOTE, SCOPE } from "./helpers/small-treaty";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// Negotiators drop a clause from one draft and restore it in the next: its annotations, orphaned
// in between, come back onto its words.
describe("an annotation on a dropped clause", () => {
  let t: TestDatabase;
  const treaty = "Restored clause test convention";

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.drop());

  it("is orphaned while the clause is gone and lands on its words again when a later draft restores it", async () => {
    const { ha } = await demoActors(t.db);
    const first = await importSmallDraft(t.db, treaty, "First draft", "2031-01-01", `${SCOPE}\n${SAFEGUARDS}`);
    const [, safeguards] = await articlesOf(t.db, first);
    const { id } = await createAnnotation(t.db, ha!, {
      body: plainTextToRichText("Keep this safeguard."),
      tags: ["safeguards"],
      stance: "SUPPORT",
      sourceKind: "NGO",
      visibility: "PUBLIC",
      target: onWords(safeguards!, SAFEGUARDS_QUOTE),
    });
    const anchorOn = (draftId: string) => t.db.annotationAnchor.findUniqueOrThrow({ where: { annotationId_draftId: { annotationId: id, draftId } }, include: { provision: true } });

    const second = await importSmallDraft(t.db, treaty, "Second draft", "2031-06-01", SCOPE);
    expect(await anchorOn(second)).toMatchObject({ status: "ORPHANED", provisionId: null });

    // Restored, renumbered and with one word changed.
    const third = await importSmallDraft(t.db, treaty, "Third draft", "2032-01-01", `${SCOPE}\n${SAFEGUARDS.replace("Article 2", "Article 3").replace("protect human rights", "protect all human rights")}`);
    const restored = await anchorOn(third);
    expect(restored).toMatchObject({ status: "TEXT_CHANGED", provision: { number: "3" } });
    expect(restored.provision!.text.slice(restored.start!, restored.end!)).toBe("conditions and safeguards that protect all human rights");
  });
});
