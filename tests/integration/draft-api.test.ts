import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/drafts/[draftId]/route";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { DEMO_EMAILS } from "./helpers/demo-actors";
import { sessionHeaders } from "./helpers/session-cookie";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// The draft and its provision tree, the ids annotation clients target; refused as every API route refuses.
const SECRET = "integration-test-secret-for-session-cookies";

describe("GET /api/drafts/<draftId>", () => {
  let t: TestDatabase;
  const holder = globalThis as unknown as { draftwatchDb?: TestDatabase["db"] };
  const call = (draftId: string, headers: Record<string, string> = {}) =>
    GET(new NextRequest(`http://127.0.0.1:3000/api/drafts/${draftId}`, { headers }), { params: Promise.resolve({ draftId }) });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    holder.draftwatchDb = t.db;
    process.env.NEXTAUTH_SECRET = SECRET;
  });
  afterAll(async () => {
    delete holder.draftwatchDb;
    await t.drop();
  });

  it("gives a reader the draft with its provision tree", async () => {
    const draft = await t.db.draft.findFirstOrThrow({ where: { symbol: "SAMPLE/AHC.1/DRAFT.2/Rev.1" } });
    const response = await call(draft.id, await sessionHeaders(t.db, DEMO_EMAILS.viewer, SECRET));
    expect(response.status).toBe(200);
    const json = await response.json();
    expect([json.id, json.symbol, json.provisions.length > 0]).toEqual([draft.id, "SAMPLE/AHC.1/DRAFT.2/Rev.1", true]);
  });

  it("refuses a signed-out caller, and answers a draft that does not exist with the API's 404", async () => {
    expect((await call("no-such-draft")).status).toBe(401);
    const missing = await call("no-such-draft", await sessionHeaders(t.db, DEMO_EMAILS.viewer, SECRET));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "That draft does not exist." });
  });
});
