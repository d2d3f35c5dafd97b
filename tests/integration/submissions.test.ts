import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "../../lib/auth/permissions";
import { closePdfBrowser } from "../../lib/pdf/print-pdf";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { ConflictError, InvalidInputError, NotFoundError } from "../../lib/operations/errors";
import { createSubmission } from "../../lib/operations/submissions/create-submission";
import { deleteSubmission } from "../../lib/operations/submissions/delete-submission";
import { EXPORT_FORMATS, exportSubmission } from "../../lib/operations/submissions/export-submission";
import { getSubmissionExport } from "../../lib/operations/submissions/get-submission-export";
import { listSubmissionCandidates } from "../../lib/operations/submissions/list-submission-candidates";
import { saveSubmission } from "../../lib/operations/submissions/save-submission";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords, revisedParagraphWith, type ProvisionText } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const ORIGIN = "https://draftwatch.test";

describe("submissions", () => {
  let t: TestDatabase;
  let actors: Record<DemoName, Actor>;
  let provision: ProvisionText;
  const notes: Record<string, string> = {};

  async function annotate(by: DemoName, visibility: "PRIVATE" | "ORGANIZATION" | "PUBLIC", words: string, note: string) {
    const created = await createAnnotation(t.db, actors[by], {
      body: plainTextToRichText(note),
      tags: ["safeguards"],
      stance: "PROPOSAL",
      sourceKind: "NGO",
      proposedText: `${words} and subject to judicial review`,
      visibility,
      target: onWords(provision, words),
    });
    notes[created.id] = note;
    return created.id;
  }

  /** The text a reader of the exported file sees, whatever its format. */
  async function exportedText(actor: Actor, submissionId: string, format: string): Promise<string> {
    const file = await exportSubmission(t.db, actor, submissionId, format, ORIGIN);
    if (format === "docx") return (await mammoth.extractRawText({ buffer: Buffer.from(file.body) })).value;
    if (format === "pdf") return (await extractText(await getDocumentProxy(file.body), { mergePages: true })).text.replace(/\s+/g, " ");
    return new TextDecoder().decode(file.body);
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    provision = await revisedParagraphWith(t.db, "proportionality");
  });
  afterAll(async () => {
    await closePdfBrowser();
    await t.drop();
  });

  it("are started by analysts, signed by their organisation, and read only within it", async () => {
    const submission = await createSubmission(t.db, actors.ha!, { draftId: provision.draftId, title: "Safeguards first" });
    expect(submission.signatories).toEqual(["Digital Rights Coalition (sample NGO)"]);
    await expect(createSubmission(t.db, actors.viewer!, { draftId: provision.draftId, title: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSubmission(t.db, actors.ha!, { draftId: provision.draftId, title: "  " })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(getSubmissionExport(t.db, actors.sofia!, submission.id, ORIGIN)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveSubmission(t.db, actors.sofia!, { submissionId: submission.id, version: 1, title: "Mine now", signatories: [], introduction: null, annotationIds: [] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never export an annotation the requester may not see, in any format, and keep it in place when a colleague saves", async () => {
    const submission = await createSubmission(t.db, actors.ha!, { draftId: provision.draftId, title: "Joint comments", signatories: ["Rights Coalition", "Trung tâm Nghiên cứu Quyền con người"] });
    const privateNote = await annotate("ha", "PRIVATE", "proportionality", "Ha's private draft note: not for the coalition yet.");
    const publicNote = await annotate("ha", "PUBLIC", "proportionality", "Public: proportionality needs a test.");
    const organizationNote = await annotate("daniel", "ORGANIZATION", "proportionality", "Coalition only: ask for independent oversight.");
    const saved = await saveSubmission(t.db, actors.ha!, { submissionId: submission.id, version: 1, title: "Joint comments", signatories: ["Rights Coalition", "Trung tâm Nghiên cứu Quyền con người"], introduction: plainTextToRichText("We propose the following."), annotationIds: [privateNote, publicNote, organizationNote] });
    expect(saved.version).toBe(2);

    const forHa = await getSubmissionExport(t.db, actors.ha!, submission.id, ORIGIN);
    expect(forHa.submission.items.map((i) => i.annotationId)).toEqual([privateNote, publicNote, organizationNote]);
    expect(forHa.leftOut).toBe(0);
    expect(forHa.submission.items[0]).toMatchObject({ articleLabel: expect.stringMatching(/^Article \d+$/), provisionLabel: "1.", quote: "proportionality" });
    const forDaniel = await getSubmissionExport(t.db, actors.daniel!, submission.id, ORIGIN);
    expect(forDaniel.submission.items.map((i) => i.annotationId)).toEqual([publicNote, organizationNote]);
    expect(forDaniel.leftOut).toBe(1);

    for (const format of Object.keys(EXPORT_FORMATS)) {
      const haSees = await exportedText(actors.ha!, submission.id, format);
      const danielSees = await exportedText(actors.daniel!, submission.id, format);
      expect(haSees, format).toContain(notes[privateNote]);
      expect(danielSees, format).not.toContain(notes[privateNote]);
      expect(danielSees, format).not.toContain(privateNote);
      expect(danielSees, format).toContain(notes[organizationNote]);
    }

    // Daniel reverses the two he sees; Ha's private note stays first.
    await saveSubmission(t.db, actors.daniel!, { submissionId: submission.id, version: 2, title: "Joint comments", signatories: ["Rights Coalition"], introduction: null, annotationIds: [organizationNote, publicNote] });
    const after = await getSubmissionExport(t.db, actors.ha!, submission.id, ORIGIN);
    expect(after.submission.items.map((i) => i.annotationId)).toEqual([privateNote, organizationNote, publicNote]);
    expect(after.submission.organizations).toEqual(["Rights Coalition"]);
  });

  it("refuse a save based on an older version, and annotations the editor may not see or not on the draft", async () => {
    const submission = await createSubmission(t.db, actors.ha!, { draftId: provision.draftId, title: "Versions" });
    const base = { submissionId: submission.id, title: "Versions", signatories: [], introduction: null, annotationIds: [] };
    await saveSubmission(t.db, actors.daniel!, { ...base, version: 1, title: "Daniel's title" });
    await expect(saveSubmission(t.db, actors.ha!, { ...base, version: 1, title: "Ha's title" })).rejects.toBeInstanceOf(ConflictError);
    expect((await t.db.submission.findUniqueOrThrow({ where: { id: submission.id } })).title).toBe("Daniel's title");

    const sofiasNote = await annotate("sofia", "ORGANIZATION", "proportionality", "OHCHR only.");
    await expect(saveSubmission(t.db, actors.ha!, { ...base, version: 2, annotationIds: [sofiasNote] })).rejects.toBeInstanceOf(InvalidInputError);
    const other = await t.db.provision.findFirstOrThrow({ where: { kind: "PARAGRAPH", draftId: { not: provision.draftId }, text: { contains: "State Party" } } });
    const elsewhere = await createAnnotation(t.db, actors.ha!, {
      body: plainTextToRichText("On another draft."), stance: "CONCERN", sourceKind: "NGO", visibility: "PUBLIC",
      target: onWords(other, "State Party"),
    });
    await expect(saveSubmission(t.db, actors.ha!, { ...base, version: 2, annotationIds: [elsewhere.id] })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(saveSubmission(t.db, actors.viewer!, { ...base, version: 2 })).rejects.toBeInstanceOf(NotFoundError);

    await expect(deleteSubmission(t.db, actors.daniel!, { submissionId: submission.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await deleteSubmission(t.db, actors.daniel!, { submissionId: submission.id, version: 2 });
    expect(await t.db.submission.count({ where: { id: submission.id } })).toBe(0);
  });

  it("keep an annotation orphaned in the draft that the editor may see, shown as not found, until they remove it", async () => {
    const submission = await createSubmission(t.db, actors.ha!, { draftId: provision.draftId, title: "Orphans" });
    const base = { submissionId: submission.id, title: "Orphans", signatories: [], introduction: null };
    const orphan = await annotate("ha", "PUBLIC", "proportionality", "Public: these words will be gone from the draft.");
    const placed = await annotate("daniel", "ORGANIZATION", "proportionality", "Coalition only: still on the words.");
    await saveSubmission(t.db, actors.ha!, { ...base, version: 1, annotationIds: [orphan, placed] });
    await t.db.annotationAnchor.updateMany({ where: { annotationId: orphan, draftId: provision.draftId }, data: { status: "ORPHANED", provisionId: null } });

    // Daniel's builder shows it, marked, though it is not offered to add to a submission.
    const included = [orphan, placed];
    const shown = await listSubmissionCandidates(t.db, actors.daniel!, provision.draftId, included);
    expect(shown.filter((c) => included.includes(c.id)).map((c) => [c.id, c.placed])).toEqual([[placed, true], [orphan, false]]);
    expect((await listSubmissionCandidates(t.db, actors.daniel!, provision.draftId)).map((c) => c.id)).not.toContain(orphan);

    // He saves what his builder holds, reordered: the orphan stays, as the exports have it.
    await saveSubmission(t.db, actors.daniel!, { ...base, version: 2, annotationIds: [placed, orphan] });
    const kept = await getSubmissionExport(t.db, actors.daniel!, submission.id, ORIGIN);
    expect(kept.submission.items.map((i) => [i.annotationId, i.articleLabel])).toEqual([[placed, expect.stringMatching(/^Article \d+$/)], [orphan, "Not found in this draft"]]);
    expect(kept.leftOut).toBe(0);

    // It cannot go into another submission: there is no clause in this draft to submit it on.
    const other = await createSubmission(t.db, actors.daniel!, { draftId: provision.draftId, title: "Another" });
    await expect(saveSubmission(t.db, actors.daniel!, { ...base, submissionId: other.id, version: 1, annotationIds: [orphan] })).rejects.toBeInstanceOf(InvalidInputError);

    // Removed by him, it is gone.
    await saveSubmission(t.db, actors.daniel!, { ...base, version: 3, annotationIds: [placed] });
    expect((await getSubmissionExport(t.db, actors.ha!, submission.id, ORIGIN)).submission.items.map((i) => i.annotationId)).toEqual([placed]);
  });

  it("offer as candidates exactly the annotations on words of the draft the user may see, in reading order", async () => {
    const forSofia = await listSubmissionCandidates(t.db, actors.sofia!, provision.draftId);
    const visible = await t.db.annotation.findMany({
      where: { deletedAt: null, anchors: { some: { draftId: provision.draftId, status: { not: "ORPHANED" } } }, OR: [{ visibility: "PUBLIC" }, { author: { email: "sofia.ramirez@ohchr.example" } }, { visibility: "ORGANIZATION", organization: { slug: "ohchr-demo" } }] },
      select: { id: true },
    });
    expect(forSofia.map((c) => c.id).sort()).toEqual(visible.map((a) => a.id).sort());
    const orders = forSofia.map((c) => c.articleOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
