import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/drafts/[draftId]/shown-annotations/route";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, DEMO_EMAILS, type DemoName } from "./helpers/demo-actors";
import { onWords, revisedParagraphWith, type ProvisionText } from "./helpers/demo-provisions";
import { sessionHeaders } from "./helpers/session-cookie";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// What the compare page loads under a pair: asked for by id, it answers only what the caller may
// see, whatever ids are asked for.
const SECRET = "integration-test-secret-for-session-cookies";

describe("GET /api/drafts/<draftId>/shown-annotations", () => {
  let t: TestDatabase;
  let provision: ProvisionText;
  const made = {} as Record<"private" | "organization" | "public", string>;
  const holder = globalThis as unknown as { draftwatchDb?: TestDatabase["db"] };

  const call = (headers: Record<string, string>, ids = Object.values(made)) =>
    GET(new NextRequest(`http://127.0.0.1:3000/api/drafts/${provision.draftId}/shown-annotations?${new URLSearchParams(ids.map((id) => ["id", id]))}`, { headers }), {
      params: Promise.resolve({ draftId: provision.draftId }),
    });
  const as = (who: DemoName) => sessionHeaders(t.db, DEMO_EMAILS[who], SECRET);
  const idsFor = async (who: DemoName) => ((await (await call(await as(who))).json()).annotations as { id: string }[]).map((a) => a.id).sort();

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    holder.draftwatchDb = t.db;
    process.env.NEXTAUTH_SECRET = SECRET;
    provision = await revisedParagraphWith(t.db, "proportionality");
    const { ha } = await demoActors(t.db);
    for (const [key, visibility] of [["private", "PRIVATE"], ["organization", "ORGANIZATION"], ["public", "PUBLIC"]] as const) {
      const annotation = await createAnnotation(t.db, ha, { body: plainTextToRichText(`${key} note`), tags: [], stance: "CONCERN", sourceKind: "NGO", visibility, target: onWords(provision, "proportionality") });
      made[key] = annotation.id;
    }
  });
  afterAll(async () => {
    delete holder.draftwatchDb;
    await t.drop();
  });

  it("refuses a signed-out caller and a forged session, naming no annotation", async () => {
    for (const headers of [{} as Record<string, string>, { cookie: `next-auth.session-token=${await encode({ token: { sub: "someone" }, secret: "another-secret-entirely-not-this-apps" })}` }]) {
      const response = await call(headers);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain(made.public);
    }
  });

  it("answers each reader only the annotations they may see: not another's private one, nor another organisation's", async () => {
    expect(await idsFor("ha")).toEqual(Object.values(made).sort());
    expect(await idsFor("daniel")).toEqual([made.organization, made.public].sort());
    for (const who of ["sofia", "viewer", "admin"] as const) expect(await idsFor(who)).toEqual([made.public]);
  });

  it("refuses more ids than a pair ever shows, saying how many it takes", async () => {
    const response = await call(await as("ha"), Array.from({ length: 51 }, (_, i) => `id-${i}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Ask for at most 50 annotations at once." });
  });
});
