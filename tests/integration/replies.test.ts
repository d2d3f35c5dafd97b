import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "../../lib/auth/permissions";
import { findAnnotation } from "../../lib/db/annotations";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { deleteReply } from "../../lib/operations/annotations/delete-reply";
import { editReply } from "../../lib/operations/annotations/edit-reply";
import { replyToAnnotation } from "../../lib/operations/annotations/reply-to-annotation";
import { StaleReplyError } from "../../lib/operations/annotations/stale-reply-error";
import { NotFoundError } from "../../lib/operations/errors";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords, revisedParagraphWith } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

describe("replies", () => {
  let t: TestDatabase;
  let actors: Record<DemoName, Actor>;
  let annotationId: string;

  const revisions = (change: "REPLIED" | "REPLY_EDITED" | "REPLY_DELETED") =>
    t.db.annotationRevision.findMany({ where: { annotationId, change }, orderBy: { createdAt: "asc" } });
  const reply = async (text: string, by: DemoName = "daniel") => replyToAnnotation(t.db, actors[by]!, { annotationId, body: plainTextToRichText(text) });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    const provision = await revisedParagraphWith(t.db, "proportionality");
    // Organisation-only: Daniel (same organisation) sees it; Sofía (OHCHR) does not.
    const annotation = await createAnnotation(t.db, actors.ha!, {
      body: plainTextToRichText("Proportionality needs a test."),
      tags: ["safeguards"],
      stance: "CONCERN",
      sourceKind: "NGO",
      visibility: "ORGANIZATION",
      target: onWords(provision, "proportionality"),
    });
    annotationId = annotation.id;
  });
  afterAll(() => t.drop());

  it("are rewritten by their author, the words before and after kept in the annotation's history", async () => {
    const posted = await reply("Agreed.");
    expect((await revisions("REPLIED")).at(-1)!.snapshot).toMatchObject({ reply: { before: "", after: "Agreed." } });
    const edited = await editReply(t.db, actors.daniel!, { replyId: posted.id, version: 1, body: plainTextToRichText("Agreed, with a caveat.") });
    expect(edited).toMatchObject({ version: 2, bodyText: "Agreed, with a caveat." });
    const [revision] = await revisions("REPLY_EDITED");
    expect(revision!.snapshot).toMatchObject({ reply: { before: "Agreed.", after: "Agreed, with a caveat." } });
    expect(revision!.editorId).toBe(actors.daniel!.kind === "user" && actors.daniel!.id);
    // The annotation itself did not change, so edits of it based on its version still apply.
    expect((await findAnnotation(t.db, annotationId))!.version).toBe(1);
  });

  it("are changed by nobody but their author, and do not exist for readers who cannot see the annotation", async () => {
    const posted = await reply("Only mine to change.");
    const edit = (by: DemoName) => editReply(t.db, actors[by]!, { replyId: posted.id, version: 1, body: plainTextToRichText("Hijacked.") });
    await expect(edit("ha")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(edit("admin")).rejects.toBeInstanceOf(NotFoundError);
    await expect(edit("sofia")).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteReply(t.db, actors.ha!, { replyId: posted.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.annotationReply.findUniqueOrThrow({ where: { id: posted.id } })).bodyText).toBe("Only mine to change.");
  });

  it("refuse an edit based on an older version and give the current text; of parallel edits exactly one wins, each win kept", async () => {
    const posted = await reply("First words.");
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => editReply(t.db, actors.daniel!, { replyId: posted.id, version: 1, body: plainTextToRichText(`Attempt ${i}.`) })),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const lost of attempts.filter((a) => a.status === "rejected")) {
      expect(lost.reason).toBeInstanceOf(StaleReplyError);
      expect((lost.reason as StaleReplyError).current.version).toBe(2);
    }
    const current = await t.db.annotationReply.findUniqueOrThrow({ where: { id: posted.id } });
    expect(current.version).toBe(2);
    const kept = (await revisions("REPLY_EDITED")).filter((r) => (r.snapshot as { reply: { before: string } }).reply.before === "First words.");
    expect(kept).toHaveLength(1);
    expect((kept[0]!.snapshot as { reply: { after: string } }).reply.after).toBe(current.bodyText);
  });

  it("are deleted by their author: gone from the thread, their words in the history, no longer editable", async () => {
    const posted = await reply("To be withdrawn.");
    await deleteReply(t.db, actors.daniel!, { replyId: posted.id, version: 1 });
    expect((await findAnnotation(t.db, annotationId))!.replies.map((r) => r.id)).not.toContain(posted.id);
    expect((await revisions("REPLY_DELETED")).at(-1)!.snapshot).toMatchObject({ reply: { before: "To be withdrawn.", after: "" } });
    await expect(editReply(t.db, actors.daniel!, { replyId: posted.id, version: 2, body: plainTextToRichText("Back.") })).rejects.toBeInstanceOf(NotFoundError);
  });
});
