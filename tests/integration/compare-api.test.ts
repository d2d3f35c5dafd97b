import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/compare/route";
import { createApiToken, revokeApiToken } from "../../lib/operations/api-tokens/api-tokens";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { demoActors, DEMO_EMAILS } from "./helpers/demo-actors";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// The compare API's route handler, called with requests as Next hands them over: its answer
// depends on the request (session cookie or token) and the database alone.
const SECRET = "integration-test-secret-for-session-cookies";

describe("GET /api/compare", () => {
  let t: TestDatabase;
  let query: string;
  const holder = globalThis as unknown as { draftwatchDb?: TestDatabase["db"] };

  const call = (headers: Record<string, string> = {}, search = query) => GET(new NextRequest(`http://127.0.0.1:3000/api/compare?${search}`, { headers }));
  const sessionOf = async (email: string) => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    return { cookie: `next-auth.session-token=${await encode({ token: { sub: user.id }, secret: SECRET })}` };
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    holder.draftwatchDb = t.db;
    process.env.NEXTAUTH_SECRET = SECRET;
    const drafts = await t.db.draft.findMany({ where: { symbol: { in: ["SAMPLE/AHC.1/DRAFT.2", "SAMPLE/AHC.1/DRAFT.2/Rev.1"] } }, orderBy: { position: "asc" } });
    query = new URLSearchParams({ from: drafts[0]!.id, to: drafts[1]!.id }).toString();
  });
  afterAll(async () => {
    delete holder.draftwatchDb;
    await t.drop();
  });

  it("refuses a signed-out caller, a forged session and an unknown or revoked token, before comparing anything", async () => {
    const refused: Record<string, string>[] = [
      {},
      { cookie: "next-auth.session-token=not-a-session" },
      { cookie: `next-auth.session-token=${await encode({ token: { sub: "someone" }, secret: "another-secret-entirely-not-this-apps" })}` },
      { authorization: "Bearer dw_0000000000000000000000000000000000000000000" },
      { authorization: "Bearer not-a-token" },
    ];
    for (const headers of refused) {
      const response = await call(headers);
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect((await response.json()).error).toMatch(/Sign in/);
    }
    const { viewer } = await demoActors(t.db);
    const token = await createApiToken(t.db, viewer, { name: "revoked" });
    await revokeApiToken(t.db, viewer, { tokenId: token.id });
    expect((await call({ authorization: `Bearer ${token.token}` })).status).toBe(401);
  });

  it("answers a signed-in session and a personal token alike, with the renumbered safeguards article", async () => {
    const { viewer } = await demoActors(t.db);
    const token = await createApiToken(t.db, viewer, { name: "script" });
    for (const headers of [await sessionOf(DEMO_EMAILS.viewer), { authorization: `Bearer ${token.token}` }]) {
      const response = await call(headers);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.summary.renumbered).toBeGreaterThan(0);
      expect(body.pairs.some((p: { from: string[]; to: string[] }) => p.from.includes("Article 23") && p.to.includes("Article 26"))).toBe(true);
    }
  });

  it("tells a signed-in caller what is wrong with the query", async () => {
    const response = await call(await sessionOf(DEMO_EMAILS.viewer), "from=&to=");
    expect(response.status).toBe(400);
    expect((await call(await sessionOf(DEMO_EMAILS.viewer), "from=nope&to=nada")).status).toBe(404);
  });
});
