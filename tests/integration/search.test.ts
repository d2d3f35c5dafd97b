import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { searchAnnotations, searchProvisions } from "../../lib/db/search";
import { actorOf, getSessionUser } from "../../lib/db/users";
import { demoAnnotations } from "../../prisma/demo/annotations";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

describe("search over drafts and annotations", () => {
  let t: TestDatabase;
  const actors: Record<string, Actor> = {};
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    for (const email of ["ha.nguyen@rights-coalition.example", "sofia.ramirez@ohchr.example"]) {
      const user = await t.db.user.findUniqueOrThrow({ where: { email } });
      actors[email] = actorOf((await getSessionUser(t.db, user.id))!);
    }
  });
  afterAll(() => t.drop());

  it("finds provisions in English and Arabic, with the matches marked", async () => {
    const english = await searchProvisions(t.db, '"conditions and safeguards"');
    expect(english.some((hit) => hit.heading === "Conditions and safeguards")).toBe(true);
    expect(english[0]!.snippet).toMatch(/\u0001[^\u0002]+\u0002/);
    // The simple configuration does not split clitics: "والضمانات" is found as written, "الشروط" alone.
    const arabic = await searchProvisions(t.db, "الشروط");
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((hit) => hit.language === "ar")).toBe(true);
  });

  it("finds Vietnamese commentary word for word, and only where the reader may see it", async () => {
    const internal = demoAnnotations.find((a) => a.language === "vi" && a.visibility === "ORGANIZATION")!;
    const words = internal.body.split(/\s+/).slice(0, 4).join(" ").replace(/[^\p{L}\p{M}\s]/gu, "");
    const query = `"${words}"`;
    const forAuthor = await searchAnnotations(t.db, actors["ha.nguyen@rights-coalition.example"]!, query);
    expect(forAuthor.some(({ annotation }) => annotation.bodyText.startsWith(internal.body.split("\n")[0]!.slice(0, 10)))).toBe(true);
    const internalHit = forAuthor.find(({ annotation }) => annotation.visibility === "ORGANIZATION")!;
    expect(internalHit).toBeDefined();
    const forOutsider = await searchAnnotations(t.db, actors["sofia.ramirez@ohchr.example"]!, query);
    expect(forOutsider.map(({ annotation }) => annotation.id)).not.toContain(internalHit.annotation.id);
    expect(forOutsider.every(({ annotation }) => annotation.visibility === "PUBLIC")).toBe(true);
  });

  it("takes any input without error", async () => {
    for (const q of ["", "'", '"unclosed', "-", "a & b | !c", "<script>"]) {
      await expect(searchProvisions(t.db, q)).resolves.toBeInstanceOf(Array);
    }
  });
});
