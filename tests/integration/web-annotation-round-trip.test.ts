import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR, type Actor } from "../../lib/auth/permissions";
import { actorOf, createUserWithMembership, getSessionUser } from "../../lib/db/users";
import { importWebAnnotations } from "../../lib/operations/annotations/import-web-annotations";
import { InvalidInputError } from "../../lib/operations/errors";
import { importParsedDraft } from "../../lib/operations/import-parsed-draft";
import { previewDraft } from "../../lib/operations/preview-draft";
import { createSubmission } from "../../lib/operations/submissions/create-submission";
import { exportSubmission } from "../../lib/operations/submissions/export-submission";
import { listSubmissionCandidates } from "../../lib/operations/submissions/list-submission-candidates";
import { saveSubmission } from "../../lib/operations/submissions/save-submission";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors } from "./helpers/demo-actors";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// Issue #6: a submission's W3C JSON-LD, imported into an empty instance that holds the same
// draft, gives the same annotations (the importer becomes their author; replies stay behind).

const REVISED = path.resolve(import.meta.dirname, "../../prisma/demo/drafts/sample-3-revised.en.txt");
const ORIGIN = "https://draftwatch.test";

interface WebAnnotationLike { [key: string]: unknown; target: { selector: unknown[]; "draftwatch:clause"?: unknown }[] }

/** What must survive the trip: everything but ids, authors, dates, versions, replies and the provision URL (the clause, "Article 6" "1.", must). */
const LOCAL_TO_AN_INSTANCE = ["id", "created", "modified", "creator", "draftwatch:version", "draftwatch:replies", "draftwatch:anchorStatus"];

function content(annotation: WebAnnotationLike) {
  const { target, body, ...others } = annotation;
  const rest = Object.fromEntries(Object.entries(others).filter(([key]) => !LOCAL_TO_AN_INSTANCE.includes(key)));
  const tags = (body as { type: string; value?: string }[]).filter((b) => b.type === "SpecificResource").map((b) => b.value).sort();
  const texts = (body as { type: string }[]).filter((b) => b.type !== "SpecificResource");
  return { ...rest, texts, tags, targets: target.map((t) => ({ selector: t.selector, clause: t["draftwatch:clause"] })) };
}

async function exportedAnnotations(db: TestDatabase["db"], actor: Actor, draftId: string) {
  const submission = await createSubmission(db, actor, { draftId, title: "Round trip" });
  const annotationIds = (await listSubmissionCandidates(db, actor, draftId)).map((c) => c.id);
  await saveSubmission(db, actor, { submissionId: submission.id, version: 1, title: "Round trip", signatories: [], introduction: null, annotationIds });
  const file = await exportSubmission(db, actor, submission.id, "jsonld", ORIGIN);
  return JSON.parse(new TextDecoder().decode(file.body)) as { first: { items: WebAnnotationLike[] } };
}

describe("W3C JSON-LD export, then import into an empty instance", () => {
  let full: TestDatabase;
  let empty: TestDatabase;
  let importer: Actor;
  let emptyDraftId: string;

  beforeAll(async () => {
    [full, empty] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedDemo(full.db);
    const preview = await previewDraft(OPERATOR, { bytes: await readFile(REVISED), fileName: "sample-3-revised.en.txt", language: "en" });
    const stored = await importParsedDraft(empty.db, OPERATOR, { treaty: "Sample convention", title: "Revised draft", date: "2024-01-01", language: "en", provisions: preview.provisions });
    emptyDraftId = stored.draftId;
    const organization = await empty.db.organization.create({ data: { slug: "coalition", name: "Coalition", kind: "NGO" } });
    const user = await createUserWithMembership(empty.db, { email: "importer@example.org", name: "Importer", passwordHash: "x", organizationId: organization.id, role: "EDITOR" });
    importer = actorOf((await getSessionUser(empty.db, user.id))!);
  });
  afterAll(async () => {
    await Promise.all([full.drop(), empty.drop()]);
  });

  it("gives the same annotations, Vietnamese commentary included, placed on the same words", async () => {
    const ha = (await demoActors(full.db)).ha;
    const revised = await full.db.draft.findFirstOrThrow({ where: { symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1" } });
    const exported = await exportedAnnotations(full.db, ha, revised.id);
    expect(exported.first.items.length).toBeGreaterThan(10);
    expect(JSON.stringify(exported)).toMatch(/[ăâđêôơư]/);

    const { imported, tagsAdded } = await importWebAnnotations(empty.db, importer, { draftId: emptyDraftId, document: exported });
    expect(imported).toHaveLength(exported.first.items.length);
    expect(tagsAdded.length).toBeGreaterThan(0);

    const again = await exportedAnnotations(empty.db, importer, emptyDraftId);
    const byText = (items: WebAnnotationLike[]) => items.map(content).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(byText(again.first.items)).toEqual(byText(exported.first.items));
  });

  it("imports nothing when one item cannot be placed, and says which", async () => {
    const before = await empty.db.annotation.count();
    const item = (exact: string) => ({
      type: "Annotation",
      body: [{ type: "TextualBody", value: "A note", purpose: "commenting" }],
      target: { source: `${ORIGIN}/provisions/elsewhere`, selector: [{ type: "TextQuoteSelector", exact, prefix: "", suffix: "" }] },
      "draftwatch:stance": "CONCERN",
      "draftwatch:visibility": "PUBLIC",
      "draftwatch:source": { kind: "NGO" },
    });
    const error = await importWebAnnotations(empty.db, importer, { draftId: emptyDraftId, document: [item("State Party"), item("words no draft ever held")] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/Item 2: The words “words no draft ever held” are not in this draft/);
    expect(await empty.db.annotation.count()).toBe(before);
    await expect(importWebAnnotations(empty.db, importer, { draftId: emptyDraftId, document: { hello: "world" } })).rejects.toThrow("not W3C Web Annotation JSON");
  });
});
