import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, ForbiddenError, type Actor } from "../../lib/auth/permissions";
import { listDraftAnchors, listDraftAnnotations } from "../../lib/db/annotations";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { deleteAnnotation } from "../../lib/operations/annotations/delete-annotation";
import { getAnnotationHistory } from "../../lib/operations/annotations/get-annotation-history";
import { replyToAnnotation } from "../../lib/operations/annotations/reply-to-annotation";
import { setAnnotationStatus } from "../../lib/operations/annotations/set-annotation-status";
import { StaleEditError } from "../../lib/operations/annotations/stale-edit-error";
import { updateAnnotation } from "../../lib/operations/annotations/update-annotation";
import { annotationResource } from "../../lib/operations/annotations/annotation-resource";
import { InvalidInputError, NotFoundError } from "../../lib/operations/errors";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords, revisedParagraphWith, type ProvisionText } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

describe("annotations", () => {
  let t: TestDatabase;
  let actors: Record<DemoName, Actor>;
  let provision: ProvisionText;

  const target = (exact: string) => onWords(provision, exact);
  const content = (text: string, visibility: "PRIVATE" | "ORGANIZATION" | "PUBLIC") => ({
    body: plainTextToRichText(text),
    tags: ["safeguards"],
    stance: "CONCERN" as const,
    sourceKind: "NGO" as const,
    visibility,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    provision = await revisedParagraphWith(t.db, "proportionality");
  });
  afterAll(() => t.drop());

  it("are stored on the words selected, and refused when the words are not in the provision", async () => {
    const created = await createAnnotation(t.db, actors.ha!, { ...content("Proportionality must be spelled out.", "PUBLIC"), target: target("proportionality") });
    expect(created.anchors[0]).toMatchObject({ provisionId: provision.id, exact: "proportionality", status: "ANCHORED" });
    expect(created.tags.map((x) => x.tag.slug)).toEqual(["safeguards"]);
    const forged = { ...target("proportionality"), quote: { exact: "necessity", prefix: "", suffix: "" } };
    await expect(createAnnotation(t.db, actors.ha!, { ...content("x", "PUBLIC"), target: forged })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createAnnotation(t.db, actors.viewer!, { ...content("x", "PUBLIC"), target: target("proportionality") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createAnnotation(t.db, actors.ha!, { ...content("x", "PUBLIC"), tags: ["no-such-tag"], target: target("proportionality") })).rejects.toThrow("Unknown tag");
  });

  it("refuse a body with a script or a javascript: link", async () => {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    await expect(createAnnotation(t.db, actors.ha!, { ...content("x", "PUBLIC"), body: body as never, target: target("proportionality") })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("are listed to exactly those who may see them, the same way the rule set says", async () => {
    const made = {
      private: await createAnnotation(t.db, actors.ha!, { ...content("Only for me.", "PRIVATE"), target: target("legality") }),
      organization: await createAnnotation(t.db, actors.ha!, { ...content("For the coalition.", "ORGANIZATION"), target: target("necessity") }),
    };
    const visibleIds = async (who: DemoName) => (await listDraftAnnotations(t.db, actors[who]!, provision.draftId)).map((a) => a.id);
    expect(await visibleIds("ha")).toEqual(expect.arrayContaining([made.private.id, made.organization.id]));
    expect(await visibleIds("daniel")).toContain(made.organization.id);
    expect(await visibleIds("daniel")).not.toContain(made.private.id);
    for (const who of ["sofia", "viewer", "admin"] as const) {
      expect(await visibleIds(who)).not.toContain(made.organization.id);
      expect(await visibleIds(who)).not.toContain(made.private.id);
    }
    // The database query and the rule set agree for every user and every annotation.
    const all = await t.db.annotation.findMany({ where: { anchors: { some: { draftId: provision.draftId } } } });
    for (const [who, actor] of Object.entries(actors) as [DemoName, Actor][]) {
      const ids = new Set(await visibleIds(who));
      for (const a of all) expect([who, a.id, ids.has(a.id)]).toEqual([who, a.id, can(actor, "annotation:read", annotationResource(a))]);
    }
  });

  it("give the draft's highlights the same annotations, anchors, authors and order as the full listing", async () => {
    await createAnnotation(t.db, actors.daniel!, { ...content("Coalition only.", "ORGANIZATION"), stance: "PROPOSAL", target: target("necessity") });
    await createAnnotation(t.db, actors.sofia!, { ...content("Mine alone.", "PRIVATE"), target: target("legality") });
    const anchorsOf = (listed: { id: string; author: { id: string; name: string }; organization: { id: string; name: string } | null; anchors: { provisionId: string | null; start: number | null; end: number | null; status: string }[] }[]) =>
      listed.map(({ id, author, organization, anchors }) => ({
        id,
        author: { id: author.id, name: author.name },
        organization: organization && { id: organization.id, name: organization.name },
        anchors: anchors.map(({ provisionId, start, end, status }) => ({ provisionId, start, end, status })),
      }));
    for (const [who, actor] of Object.entries(actors) as [DemoName, Actor][]) {
      for (const filter of [{}, { stance: "PROPOSAL" as const }, { organizationId: actor.kind === "user" ? actor.organizationIds[0] : undefined }]) {
        const full = anchorsOf(await listDraftAnnotations(t.db, actor, provision.draftId, filter));
        const highlights = anchorsOf(await listDraftAnchors(t.db, actor, provision.draftId, filter));
        expect([who, filter, highlights]).toEqual([who, filter, full]);
      }
    }
  });

  it("let exactly one of many parallel edits on one version win, and keep every change in the history", async () => {
    const annotation = await createAnnotation(t.db, actors.ha!, { ...content("First words.", "ORGANIZATION"), target: target("legality") });
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => updateAnnotation(t.db, actors.ha!, { annotationId: annotation.id, version: 1, body: plainTextToRichText(`Edit ${i}`) })),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.every((a) => a.reason instanceof StaleEditError)).toBe(true);
    const stale = lost[0]!.reason as StaleEditError;
    expect(stale.current.version).toBe(2);
    expect(stale.message).toContain("changed by someone else");

    await setAnnotationStatus(t.db, actors.daniel!, { annotationId: annotation.id, version: 2, status: "RESOLVED" });
    await replyToAnnotation(t.db, actors.daniel!, { annotationId: annotation.id, body: plainTextToRichText("Agreed.") });
    await expect(updateAnnotation(t.db, actors.daniel!, { annotationId: annotation.id, version: 3, stance: "SUPPORT" })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteAnnotation(t.db, actors.ha!, { annotationId: annotation.id, version: 3 });

    const history = await t.db.annotationRevision.findMany({ where: { annotationId: annotation.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => [r.change, r.version])).toEqual([["CREATED", 1], ["EDITED", 2], ["RESOLVED", 3], ["REPLIED", 3], ["DELETED", 4]]);
    expect((history[1]!.snapshot as { body: unknown }).body).toEqual((won[0] as PromiseFulfilledResult<{ body: unknown }>).value.body);
    // Deleted: gone for everyone, its history kept.
    await expect(getAnnotationHistory(t.db, actors.ha!, annotation.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keep their tags through an edit that leaves tags out, and take the tags an edit names", async () => {
    const annotation = await createAnnotation(t.db, actors.ha!, { ...content("Tagged.", "PRIVATE"), target: target("legality") });
    const tagsOf = (a: { tags: { tag: { slug: string } }[] }) => a.tags.map((t) => t.tag.slug);
    const restanced = await updateAnnotation(t.db, actors.ha!, { annotationId: annotation.id, version: 1, stance: "QUESTION" });
    expect([restanced.stance, tagsOf(restanced)]).toEqual(["QUESTION", ["safeguards"]]);
    const retagged = await updateAnnotation(t.db, actors.ha!, { annotationId: annotation.id, version: 2, tags: [] });
    expect(tagsOf(retagged)).toEqual([]);
  });

  it("hide an organisation's annotation from users of other organisations on every path", async () => {
    const annotation = await createAnnotation(t.db, actors.ha!, { ...content("Internal note.", "ORGANIZATION"), target: target("legality") });
    await expect(getAnnotationHistory(t.db, actors.sofia!, annotation.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(replyToAnnotation(t.db, actors.sofia!, { annotationId: annotation.id, body: plainTextToRichText("?") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setAnnotationStatus(t.db, actors.sofia!, { annotationId: annotation.id, version: 1, status: "RESOLVED" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getAnnotationHistory(t.db, actors.daniel!, annotation.id)).toHaveLength(1);
  });
});
