import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { Prisma } from "../../lib/db/generated/prisma/client";
import { ANNOTATION_DOCUMENT, MATCH_END, MATCH_START, PROVISION_DOCUMENT, searchAnnotations, searchProvisions } from "../../lib/db/search";
import { actorOf, getSessionUser } from "../../lib/db/users";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { demoAnnotations } from "../../prisma/demo/annotations";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { onWords, revisedParagraphWith } from "./helpers/demo-provisions";
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

  /** Whether each text matches the query, as search does it. */
  const matches = async (texts: string[], query: string) => {
    const rows = await t.db.$queryRaw<{ hit: boolean }[]>`
      SELECT to_tsvector('simple', arabic_normalize(text)) @@ search_query(${query}) AS hit FROM unnest(${texts}::text[]) WITH ORDINALITY AS x(text, n) ORDER BY n`;
    return rows.map((row) => row.hit);
  };

  it("finds provisions in English and Arabic, with the matches marked", async () => {
    const english = await searchProvisions(t.db, '"conditions and safeguards"');
    expect(english.some((hit) => hit.heading === "Conditions and safeguards")).toBe(true);
    expect(english[0]!.snippet).toMatch(/\u0001[^\u0002]+\u0002/);
    const arabic = await searchProvisions(t.db, "الشروط");
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((hit) => hit.language === "ar")).toBe(true);
  });

  it("finds Arabic words behind their clitics, and marks them as written", async () => {
    // The Arabic sample draft writes "الشروط والضمانات": the conjunction is part of the word.
    for (const query of ["الضمانات", "ضمانات", "بالضمانات", "للضمانات"]) {
      const hits = await searchProvisions(t.db, query);
      expect([query, hits.some((hit) => hit.language === "ar" && hit.snippet.includes(`${MATCH_START}والضمانات${MATCH_END}`))]).toEqual([query, true]);
    }
    const phrase = await searchProvisions(t.db, '"الشروط الضمانات"');
    expect(phrase.some((hit) => hit.snippet.includes("والضمانات"))).toBe(true);
    // A stem shorter than three letters is not stripped: "بلد" is not "ب" + "لد".
    expect(await matches(["لد"], "بلد")).toEqual([false]);
  });

  it("finds Arabic words whatever their hamza, alef maqsura, taa marbuta, tatweel or harakat, and marks them as written", async () => {
    // The Arabic sample draft writes "إجراءات" and "والإجراءات" with hamza, "المبيّنة" with shadda and taa marbuta.
    for (const [query, written] of [["اجراءات", "إجراءات"], ["إجراءات", "إجراءات"], ["الاجراءات", "والإجراءات"], ["المبينه", "المبيّنة"], ["المبيّنة", "المبيّنة"]]) {
      const hits = await searchProvisions(t.db, query!);
      expect([query, hits.some((hit) => hit.language === "ar" && hit.snippet.includes(`${MATCH_START}${written}${MATCH_END}`))]).toEqual([query, true]);
    }
    expect(await matches(["اجراءات", "الإِجْرَاءَاتُ", "الاجـــراءات", "إلى", "الى"], "الإجراءات")).toEqual([true, true, true, false, false]);
    expect(await matches(["إلى", "الي", "مؤتمر"], "الى")).toEqual([true, true, false]);
    expect(await t.db.$queryRaw`SELECT arabic_normalize('الإِجْرَاءَاتُ القضائيـة أو إلى آخره ٱلقانون') AS n`).toEqual([{ n: "الاجراءات القضائيه او الي اخره القانون" }]);
  });

  it("finds annotations in Arabic whichever spelling their author or the reader typed", async () => {
    const ha = actors["ha.nguyen@rights-coalition.example"]!;
    const provision = await revisedParagraphWith(t.db, "proportionality");
    const bodies = { withHamza: "ضمانات الإجراءات الجنائية", withoutHamza: "ضمانات الاجراءات الجنائيه", withHarakat: "ضَمَانَاتُ الإِجْرَاءَاتِ الجِنَائِيَّةِ" };
    const ids = Object.fromEntries(await Promise.all(Object.entries(bodies).map(async ([key, body]) =>
      [key, (await createAnnotation(t.db, ha, { body: plainTextToRichText(body), tags: [], stance: "CONCERN", sourceKind: "NGO", visibility: "PRIVATE", target: onWords(provision, "proportionality") })).id] as const)));
    for (const query of ["الإجراءات الجنائية", "الاجراءات الجنائيه", "إجراءات"]) {
      const found = (await searchAnnotations(t.db, ha, query)).map(({ annotation }) => annotation.id);
      expect([query, found.sort()]).toEqual([query, Object.values(ids).sort()]);
    }
    const [hit] = await searchAnnotations(t.db, ha, "اجراءات");
    expect(hit!.snippet).toMatch(new RegExp(`${MATCH_START}(الإجراءات|الاجراءات|الإِجْرَاءَاتِ)${MATCH_END}`));
  });

  it("widens Arabic terms over real Arabic text, without taking longer words for them", async () => {
    const lines = readFileSync(path.resolve(import.meta.dirname, "../../../shared/corpus/seeds/timeline-ar.txt"), "utf8").split("\n").filter((line) => line.trim() !== "");
    const found = await matches(lines, "الحقوق");
    const wordsOf = (line: string) => line.split(/[\s،.()"«»:]+/u);
    lines.forEach((line, i) => {
      const expected = wordsOf(line).some((word) => ["الحقوق", "والحقوق", "بالحقوق", "حقوق", "وحقوق", "لحقوق", "للحقوق"].includes(word));
      expect([line, found[i]]).toEqual([line, expected]);
    });
    // The timeline has "والحقوق" and "بالحقوق", which the plain `simple` search would miss.
    expect(lines.filter((line, i) => found[i] && !wordsOf(line).includes("الحقوق")).length).toBeGreaterThan(0);
    // Vietnamese is untouched: its diacritics tell words apart.
    expect(await matches(["bảo vệ quyền con người"], '"quyền con người"')).toEqual([true]);
    expect(await matches(["bảo vệ quyền con người"], '"quyen con nguoi"')).toEqual([false]);
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

  it("spell the searched documents as the indexes do, so a search reads the index and not every row", async () => {
    // With sequential scans priced out, the planner takes an index that serves the expression, or has none to take.
    const plan = (table: string, alias: string, document: typeof PROVISION_DOCUMENT) =>
      t.db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT 1 FROM ${Prisma.raw(`"${table}" ${alias}`)} WHERE ${document} @@ search_query('safeguards')`;
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
    expect(await plan("Provision", "p", PROVISION_DOCUMENT)).toContain('"Provision_search_idx"');
    expect(await plan("Annotation", "a", ANNOTATION_DOCUMENT)).toContain('"Annotation_search_idx"');
  });
});
