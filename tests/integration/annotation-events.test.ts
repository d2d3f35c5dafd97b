import type { EventEmitter } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { annotationEvents, listenForAnnotationChanges, RESYNC, type AnnotationEvent } from "../../lib/db/annotation-events";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { replyToAnnotation } from "../../lib/operations/annotations/reply-to-annotation";
import { updateAnnotation } from "../../lib/operations/annotations/update-annotation";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors } from "./helpers/demo-actors";
import { onWords, revisedParagraphWith } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

function nextEvent(emitter: EventEmitter, test: (e: AnnotationEvent) => boolean, ms = 5000): Promise<AnnotationEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no event")), ms);
    const on = (event: AnnotationEvent) => {
      if (!test(event)) return;
      clearTimeout(timer);
      emitter.off("change", on);
      resolve(event);
    };
    emitter.on("change", on);
  });
}

describe("live annotation events through PostgreSQL LISTEN/NOTIFY", () => {
  let t: TestDatabase;
  // Two listeners stand for two app processes on one database.
  let first: EventEmitter;
  let second: EventEmitter;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    first = await listenForAnnotationChanges(t.url);
    second = await listenForAnnotationChanges(t.url);
  });
  afterAll(() => t.drop());

  it("reach every process once the change is committed, and never for a refused one", async () => {
    const actor = (await demoActors(t.db)).ha;
    const provision = await revisedParagraphWith(t.db, "proportionality");
    const target = onWords(provision, "proportionality");
    // The channel is the database's: other test files' changes may be heard too, so watch this draft only.
    const here = (change: AnnotationEvent["change"]) => (x: AnnotationEvent) => x.change === change && x.draftIds.includes(provision.draftId);
    const heardBoth = Promise.all([first, second].map((e) => nextEvent(e, here("created"))));
    const annotation = await createAnnotation(t.db, actor, {
      body: plainTextToRichText("Live."), tags: [], stance: "QUESTION", sourceKind: "NGO", visibility: "ORGANIZATION",
      target,
    });
    const events = await heardBoth;
    expect(events).toEqual([0, 1].map(() => ({ annotationId: annotation.id, draftIds: [provision.draftId], change: "created" })));

    const reply = nextEvent(first, here("replied"));
    await replyToAnnotation(t.db, actor, { annotationId: annotation.id, body: plainTextToRichText("Reply.") });
    expect((await reply).annotationId).toBe(annotation.id);

    // Made private: the event says who could see it before, so their pages drop it too.
    const narrowed = nextEvent(second, here("changed"));
    await updateAnnotation(t.db, actor, { annotationId: annotation.id, version: 1, visibility: "PRIVATE" });
    expect(await narrowed).toEqual({ annotationId: annotation.id, draftIds: [provision.draftId], change: "changed", visibleBefore: "ORGANIZATION" });
    const reworded = nextEvent(second, here("changed"));
    await updateAnnotation(t.db, actor, { annotationId: annotation.id, version: 2, stance: "CONCERN" });
    expect(await reworded).not.toHaveProperty("visibleBefore");

    // A refused creation (words not in the provision) announces nothing.
    const silence = nextEvent(first, here("created"), 800).then(() => "heard", () => "silent");
    await createAnnotation(t.db, actor, {
      body: plainTextToRichText("x"), tags: [], stance: "QUESTION", sourceKind: "NGO", visibility: "PUBLIC",
      target: { ...target, quote: { exact: "not there", prefix: "", suffix: "" } },
    }).catch(() => {});
    expect(await silence).toBe("silent");
  });

  it("come back after the server ends the listener's connection, with a resync for what was missed", async () => {
    const listener = await listenForAnnotationChanges(t.url, 50);
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    try {
      const resynced = new Promise((resolve) => listener.once(RESYNC, resolve));
      // Every listener on this database is cut off, as a database restart would.
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'draftwatch-annotation-events' AND datname = current_database()");
      await resynced;
      const heard = nextEvent(listener, (e) => e.annotationId === "after-the-drop");
      await admin.query("SELECT pg_notify('draftwatch_annotations', $1)", [JSON.stringify({ annotationId: "after-the-drop", draftIds: [], change: "changed" })]);
      expect((await heard).annotationId).toBe("after-the-drop");
    } finally {
      await admin.end();
    }
  });

  it("try again on the next use when the first connection fails, instead of failing for good", async () => {
    const unreachable = new URL(t.url);
    unreachable.port = "1";
    await expect(annotationEvents(unreachable.toString())).rejects.toThrow();
    // The failure was not kept: the next use connects (here to the reachable server).
    const emitter = await annotationEvents(t.url);
    const heard = nextEvent(emitter, (e) => e.annotationId === "second-try");
    await t.db.$executeRaw`SELECT pg_notify('draftwatch_annotations', ${JSON.stringify({ annotationId: "second-try", draftIds: [], change: "changed" })})`;
    expect((await heard).annotationId).toBe("second-try");
  });
});
