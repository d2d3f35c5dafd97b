import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "../../lib/auth/permissions";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { annotationResource } from "../../lib/operations/annotations/annotation-resource";
import { NotFoundError } from "../../lib/operations/errors";
import { createSubmission } from "../../lib/operations/submissions/create-submission";
import { exportSubmission } from "../../lib/operations/submissions/export-submission";
import { saveSubmission } from "../../lib/operations/submissions/save-submission";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { DEMO_EMAILS, demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords, revisedParagraphWith, type ProvisionText } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// The export path of the permission matrix (issue #5): every demo user × every visibility, for a
// submission of each organisation. Who may open a submission, and which annotations its export
// holds for them, exactly.

type Visibility = "PRIVATE" | "ORGANIZATION" | "PUBLIC";
const VISIBILITIES: Visibility[] = ["PRIVATE", "ORGANIZATION", "PUBLIC"];
const USERS = Object.keys(DEMO_EMAILS) as DemoName[];

describe("exports × roles × visibility", () => {
  let t: TestDatabase;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let provision: ProvisionText;
  const notes: { by: DemoName; visibility: Visibility; id: string; text: string }[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    provision = await revisedParagraphWith(t.db, "proportionality");
    for (const by of ["ha", "sofia"] as const) {
      for (const visibility of VISIBILITIES) {
        const text = `Matrix note by ${by}, ${visibility.toLowerCase()}.`;
        const created = await createAnnotation(t.db, actors[by], {
          body: plainTextToRichText(text), stance: "CONCERN", sourceKind: "NGO", visibility,
          target: onWords(provision, "proportionality"),
        });
        notes.push({ by, visibility, id: created.id, text });
      }
    }
  });
  afterAll(() => t.drop());

  // Each organisation's analyst includes every note they may see: their own three and the other's public one.
  // The organisations' members (prisma/demo/accounts.ts); the admin and the viewer are of the Draftwatch team.
  const members: Record<"ha" | "sofia", DemoName[]> = { ha: ["ha", "daniel", "editor"], sofia: ["sofia"] };

  for (const owner of ["ha", "sofia"] as const) {
    it(`opens ${owner}'s submission to exactly their organisation, each reader seeing exactly the annotations the rule set lets them`, async () => {
      const submission = await createSubmission(t.db, actors[owner], { draftId: provision.draftId, title: `${owner}'s matrix` });
      const included = notes.filter((n) => n.by === owner || n.visibility === "PUBLIC");
      await saveSubmission(t.db, actors[owner], { submissionId: submission.id, version: 1, title: submission.title, signatories: [], introduction: null, annotationIds: included.map((n) => n.id) });

      for (const user of USERS) {
        const exported = exportSubmission(t.db, actors[user], submission.id, "csv", "https://draftwatch.test");
        if (!members[owner].includes(user)) {
          await expect(exported, user).rejects.toBeInstanceOf(NotFoundError);
          continue;
        }
        const csv = new TextDecoder().decode((await exported).body);
        for (const note of included) {
          const annotation = await t.db.annotation.findUniqueOrThrow({ where: { id: note.id } });
          // Written out plainly, and the rule set must say the same.
          const expected = note.by === user || note.visibility === "PUBLIC" || (note.visibility === "ORGANIZATION" && members[note.by as "ha" | "sofia"].includes(user));
          expect(can(actors[user], "annotation:read", annotationResource(annotation))).toBe(expected);
          expect([user, note.by, note.visibility, csv.includes(note.text)]).toEqual([user, note.by, note.visibility, expected]);
        }
      }
    });
  }
});
