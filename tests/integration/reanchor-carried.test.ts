import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { findAlignment } from "../../lib/db/alignments";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { confirmAlignmentPair, releaseAlignmentPair, setAlignmentPair } from "../../lib/operations/edit-alignment";
import { ForbiddenError } from "../../lib/auth/permissions";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords } from "./helpers/demo-provisions";
import { articlesOf, importSmallDraft, SAFEGUARDS, SAFEGUARDS_QUOTE as QUOTE, SCOPE } from "./helpers/small-treaty";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// Three drafts with the same two articles: the annotation on Article 2's safeguards is carried
// from the first to the second and on to the third.
const TEXT = `${SCOPE}\n${SAFEGUARDS}`;

describe("re-pairing two drafts places their carried annotations again", () => {
  let t: TestDatabase;
  let actors: Record<DemoName, Actor>;
  const drafts: { id: string }[] = [];
  let annotationId: string;

  const articles = (draftId: string) => articlesOf(t.db, draftId);
  const anchorOn = (draftId: string) => t.db.annotationAnchor.findUniqueOrThrow({ where: { annotationId_draftId: { annotationId, draftId } }, include: { provision: true } });
  const placedOn = async (draftId: string) => {
    const anchor = await anchorOn(draftId);
    return { status: anchor.status, article: anchor.provision?.number ?? null, words: anchor.provision?.text.slice(anchor.start!, anchor.end!) ?? null };
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    const importDraft = (title: string, date: string) => importSmallDraft(t.db, "Re-pairing test convention", title, date, TEXT);
    drafts.push({ id: await importDraft("First draft", "2031-01-01") });
    const [, safeguards] = await articles(drafts[0]!.id);
    const created = await createAnnotation(t.db, actors.ha!, {
      body: plainTextToRichText("Which safeguards? The text should name them."),
      tags: ["safeguards"],
      stance: "CONCERN",
      sourceKind: "NGO",
      visibility: "PUBLIC",
      target: onWords(safeguards!, QUOTE),
    });
    annotationId = created.id;
    drafts.push({ id: await importDraft("Second draft", "2031-06-01") });
    drafts.push({ id: await importDraft("Third draft", "2032-01-01") });
  });
  afterAll(() => t.drop());

  it("carries the annotation onto Article 2 of every later draft at first", async () => {
    for (const draft of drafts.slice(1)) expect(await placedOn(draft.id)).toEqual({ status: "ANCHORED", article: "2", words: QUOTE });
  });

  it("moves it when an editor pairs its article with another, and keeps the history", async () => {
    const alignment = (await findAlignment(t.db, drafts[0]!.id, drafts[1]!.id))!;
    const [, firstSafeguards] = await articles(drafts[0]!.id);
    const [secondScope] = await articles(drafts[1]!.id);
    await expect(setAlignmentPair(t.db, actors.ha!, { alignmentId: alignment.id, from: [firstSafeguards!.id], to: [secondScope!.id] })).rejects.toBeInstanceOf(ForbiddenError);

    // A wrong pairing: the words are not in Article 1, so the annotation is orphaned there. The
    // third draft still has them: searched for from the first draft, it stays on them.
    expect(await setAlignmentPair(t.db, actors.editor!, { alignmentId: alignment.id, from: [firstSafeguards!.id], to: [secondScope!.id] })).toEqual({ reanchored: 1 });
    expect(await placedOn(drafts[1]!.id)).toEqual({ status: "ORPHANED", article: null, words: null });
    expect((await anchorOn(drafts[1]!.id)).note).toBeTruthy();
    expect(await placedOn(drafts[2]!.id)).toEqual({ status: "ANCHORED", article: "2", words: QUOTE });
    expect(await t.db.annotationRevision.count({ where: { annotationId, change: "REANCHORED" } })).toBe(1);
  });

  it("lands the orphan on the right words again when the editor corrects the pair", async () => {
    const alignment = (await findAlignment(t.db, drafts[0]!.id, drafts[1]!.id))!;
    const wrong = alignment.pairs.find((pair) => pair.confirmedAt !== null)!;
    expect(await releaseAlignmentPair(t.db, actors.editor!, { pairId: wrong.id })).toEqual({ reanchored: 1 });
    for (const draft of drafts.slice(1)) expect(await placedOn(draft.id)).toEqual({ status: "ANCHORED", article: "2", words: QUOTE });
    expect(await t.db.annotationRevision.count({ where: { annotationId, change: "REANCHORED" } })).toBe(2);
  });

  it("moves nothing when the pairing did not change", async () => {
    const alignment = (await findAlignment(t.db, drafts[0]!.id, drafts[1]!.id))!;
    const before = await t.db.annotationRevision.count({ where: { annotationId } });
    await confirmAlignmentPair(t.db, actors.editor!, { pairId: alignment.pairs[0]!.id });
    const [, firstSafeguards] = await articles(drafts[0]!.id);
    const [, secondSafeguards] = await articles(drafts[1]!.id);
    expect(await setAlignmentPair(t.db, actors.editor!, { alignmentId: alignment.id, from: [firstSafeguards!.id], to: [secondSafeguards!.id] })).toEqual({ reanchored: 0 });
    expect(await t.db.annotationRevision.count({ where: { annotationId } })).toBe(before);
  });
});
