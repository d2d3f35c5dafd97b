import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR, type Actor } from "../../lib/auth/permissions";
import { findAlignment } from "../../lib/db/alignments";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { confirmAlignmentPair, releaseAlignmentPair, setAlignmentPair } from "../../lib/operations/edit-alignment";
import { importParsedDraft } from "../../lib/operations/import-parsed-draft";
import { previewDraft } from "../../lib/operations/preview-draft";
import { ForbiddenError } from "../../lib/auth/permissions";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// Three drafts of a small treaty with the same two articles, each of one unnumbered paragraph (the
// article holds the text): the annotation on Article 2's safeguards is carried from the first to
// the second and on to the third.
const TEXT = `Article 1
Scope

This Convention applies to the prevention, investigation and prosecution of the offences it establishes.

Article 2
Conditions and safeguards

Each State Party shall ensure that the powers provided for in this Convention are subject to conditions and safeguards that protect human rights.
`;
const QUOTE = "conditions and safeguards that protect human rights";

describe("re-pairing two drafts places their carried annotations again", () => {
  let t: TestDatabase;
  let actors: Record<DemoName, Actor>;
  const drafts: { id: string }[] = [];
  let annotationId: string;

  const articles = (draftId: string) => t.db.provision.findMany({ where: { draftId, kind: "ARTICLE" }, orderBy: { ordinal: "asc" } });
  const anchorOn = (draftId: string) => t.db.annotationAnchor.findUniqueOrThrow({ where: { annotationId_draftId: { annotationId, draftId } }, include: { provision: true } });
  const placedOn = async (draftId: string) => {
    const anchor = await anchorOn(draftId);
    return { status: anchor.status, article: anchor.provision?.number ?? null, words: anchor.provision?.text.slice(anchor.start!, anchor.end!) ?? null };
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    const preview = await previewDraft(OPERATOR, { bytes: new TextEncoder().encode(TEXT), fileName: "draft.txt", language: "en" });
    const importDraft = (title: string, date: string) => importParsedDraft(t.db, OPERATOR, { treaty: "Re-pairing test convention", title, date, language: "en", provisions: preview.provisions });
    drafts.push({ id: (await importDraft("First draft", "2031-01-01")).draftId });
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
    drafts.push({ id: (await importDraft("Second draft", "2031-06-01")).draftId });
    drafts.push({ id: (await importDraft("Third draft", "2032-01-01")).draftId });
  });
  afterAll(() => t.drop());

  it("carries the annotation onto Article 2 of every later draft at first", async () => {
    for (const draft of drafts.slice(1)) expect(await placedOn(draft.id)).toEqual({ status: "ANCHORED", article: "2", words: QUOTE });
  });

  it("moves it when an editor pairs its article with another, on through the later drafts, and keeps the history", async () => {
    const alignment = (await findAlignment(t.db, drafts[0]!.id, drafts[1]!.id))!;
    const [, firstSafeguards] = await articles(drafts[0]!.id);
    const [secondScope] = await articles(drafts[1]!.id);
    await expect(setAlignmentPair(t.db, actors.ha!, { alignmentId: alignment.id, from: [firstSafeguards!.id], to: [secondScope!.id] })).rejects.toBeInstanceOf(ForbiddenError);

    // A wrong pairing: the words are not in Article 1, so the annotation is orphaned there, and
    // so on the third draft, whose Article 2 is paired with the second draft's (now unpaired) one.
    expect(await setAlignmentPair(t.db, actors.editor!, { alignmentId: alignment.id, from: [firstSafeguards!.id], to: [secondScope!.id] })).toEqual({ reanchored: 1 });
    expect(await placedOn(drafts[1]!.id)).toEqual({ status: "ORPHANED", article: null, words: null });
    expect((await anchorOn(drafts[1]!.id)).note).toBeTruthy();
    expect(await placedOn(drafts[2]!.id)).toEqual({ status: "ORPHANED", article: null, words: null });
    const history = await t.db.annotationRevision.findMany({ where: { annotationId, change: "REANCHORED" } });
    expect(history.length).toBe(2);
  });

  it("lands the orphan on the right words again when the editor corrects the pair", async () => {
    const alignment = (await findAlignment(t.db, drafts[0]!.id, drafts[1]!.id))!;
    const wrong = alignment.pairs.find((pair) => pair.confirmedAt !== null)!;
    expect(await releaseAlignmentPair(t.db, actors.editor!, { pairId: wrong.id })).toEqual({ reanchored: 1 });
    for (const draft of drafts.slice(1)) expect(await placedOn(draft.id)).toEqual({ status: "ANCHORED", article: "2", words: QUOTE });
    expect(await t.db.annotationRevision.count({ where: { annotationId, change: "REANCHORED" } })).toBe(4);
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
