import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { getSessionUser } from "../../lib/db/users";
import { DEMO_PASSWORD, demoAccounts } from "../../prisma/demo/accounts";
import { demoSubmission } from "../../prisma/demo/seed-submission";
import { negotiationTimeline } from "../../prisma/demo/timeline";
import { sampleDrafts, sampleEvents } from "../../prisma/demo/sample-treaty";
import { demoAnnotations } from "../../prisma/demo/annotations";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { createTestDatabase, tableCounts, type TestDatabase } from "./helpers/test-database";

describe("the demo data", () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(() => t.drop());

  it("fills an empty database: accounts, both treaties, the bilingual timeline and the sample drafts", async () => {
    expect(await seedDemo(t.db)).toEqual({
      seeded: true,
      users: demoAccounts.length,
      events: negotiationTimeline.length + sampleEvents.length,
      drafts: sampleDrafts.length,
      annotations: demoAnnotations.length,
    });
    const texts = await t.db.negotiationEventText.groupBy({ by: ["language"], _count: true });
    expect(Object.fromEntries(texts.map((g) => [g.language, g._count]))).toEqual({
      en: negotiationTimeline.length + sampleEvents.length,
      ar: negotiationTimeline.length + sampleEvents.length,
    });
  });

  it("gives every demo account its role and the shared demo password", async () => {
    for (const account of demoAccounts) {
      const user = await t.db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
      expect((await getSessionUser(t.db, user.id))?.role).toBe(account.role);
    }
  });

  it("keeps the safeguards article in every sample draft, renumbered between them", async () => {
    const drafts = await t.db.draft.findMany({ where: { treaty: { isSample: true } }, orderBy: { position: "asc" } });
    expect(drafts.map((d) => d.language)).toEqual(sampleDrafts.map((d) => d.language));
    const safeguards = await Promise.all(
      drafts.map((d) => t.db.provision.findFirst({ where: { draftId: d.id, kind: "ARTICLE", OR: [{ heading: "Conditions and safeguards" }, { heading: { contains: "الضمانات" } }] } })),
    );
    expect(safeguards.map((p) => p?.number)).toEqual(["24", "23", "26", "26"]);
    expect(drafts.every((d) => d.eventId)).toBe(true);
  });

  it("has the Arabic draft follow the structure of the revised English draft", async () => {
    const [english, arabic] = await Promise.all(
      ["en", "ar"].map((language) =>
        t.db.provision.findMany({ where: { draft: { language, symbol: { contains: "Rev.1" } } }, orderBy: { ordinal: "asc" }, select: { kind: true, number: true } }),
      ),
    );
    expect(arabic!.length).toBeGreaterThan(100);
    expect(arabic!.map((p) => p.kind)).toEqual(english!.map((p) => p.kind));
    expect(arabic!.filter((p) => p.kind === "ARTICLE").map((p) => p.number)).toEqual(english!.filter((p) => p.kind === "ARTICLE").map((p) => p.number));
  });

  it("has a submission in the making: the coalition's shared comments on the revised draft, in article order", async () => {
    const submission = await t.db.submission.findFirstOrThrow({ where: { title: demoSubmission.title }, include: { items: { orderBy: { position: "asc" }, include: { annotation: { include: { anchors: { include: { provision: true } } } } } } } });
    expect(submission.items.length).toBeGreaterThan(3);
    const onDraft = submission.items.map((item) => item.annotation.anchors.find((a) => a.draftId === submission.draftId)!);
    expect(onDraft.every((anchor) => anchor.provision && anchor.status !== "ORPHANED")).toBe(true);
    const ordinals = onDraft.map((anchor) => anchor.provision!.ordinal);
    expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    expect(submission.items.every((item) => item.annotation.visibility !== "PRIVATE" && item.annotation.organizationId === submission.organizationId)).toBe(true);
  });

  it("is not added twice", async () => {
    const before = await tableCounts(t.db);
    expect(await seedDemo(t.db)).toEqual({ seeded: false });
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
