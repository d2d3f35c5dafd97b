import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { OPERATOR } from "../../lib/auth/permissions";
import { parseDraftText } from "../../lib/draft-text/parse-draft-text";
import { carryAnnotationsForward } from "../../lib/operations/annotations/carry-annotations-forward";
import { storeDraft } from "../../lib/operations/store-draft";
import { draftMetadataSchema } from "../../lib/operations/draft-metadata.schema";
import { DEMO_PASSWORD, demoAccounts, demoOrganizations } from "./accounts";
import { seedAnnotations } from "./seed-annotations";
import { seedSubmission } from "./seed-submission";
import { demoTags } from "./tags";
import { negotiationTimeline, type DemoEvent } from "./timeline";
import { sampleDrafts, sampleEvents, sampleTreaty } from "./sample-treaty";

const DRAFTS_DIR = path.join(import.meta.dirname, "drafts");

export const realTreaty = {
  slug: "un-cybercrime-convention",
  title: "United Nations Convention against Cybercrime",
  description:
    "The negotiation in the Ad Hoc Committee, 2019–2024. Editors import the official drafts (the Consolidated Negotiating Document, the zero draft, the revised drafts and the final text) from the committee's documents.",
};

export type SeedResult = { seeded: false } | { seeded: true; users: number; events: number; drafts: number; annotations: number };

/** Fills an empty database with the demo, all or nothing; a database that has treaties is left alone. */
export async function seedDemo(db: Db): Promise<SeedResult> {
  if ((await db.treaty.count()) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const drafts = await Promise.all(
    sampleDrafts.map(async (draft) => {
      const data = draftMetadataSchema.parse({
        treaty: sampleTreaty.slug,
        title: draft.title,
        symbol: draft.symbol,
        date: draft.date,
        language: draft.language,
        source: "Sample text written for Draftwatch",
      });
      const text = await readFile(path.join(DRAFTS_DIR, draft.file), "utf8");
      return { data, file: draft.file, eventKey: draft.eventKey, provisions: parseDraftText(text, { language: data.language }).provisions };
    }),
  );

  const seeded = await db.$transaction(
    async (tx) => {
      for (const org of demoOrganizations) {
        const { id } = await tx.organization.create({ data: org });
        for (const account of demoAccounts.filter((a) => a.organization === org.slug)) {
          await tx.user.create({
            data: { email: account.email, name: account.name, passwordHash, memberships: { create: { organizationId: id, role: account.role } } },
          });
        }
      }
      await tx.tag.createMany({ data: [...demoTags] });
      const real = await tx.treaty.create({ data: { ...realTreaty, isSample: false } });
      for (const event of negotiationTimeline) await insertEvent(tx, real.id, event);

      const sample = await tx.treaty.create({ data: { ...sampleTreaty, isSample: true } });
      const eventIds = new Map<string, string>();
      for (const event of sampleEvents) eventIds.set(event.key, await insertEvent(tx, sample.id, event));
      const draftIdsByFile = new Map<string, string>();
      for (const draft of drafts) {
        const stored = await storeDraft(tx, OPERATOR, { ...draft.data, eventId: eventIds.get(draft.eventKey) }, draft.provisions);
        draftIdsByFile.set(draft.file, stored.draftId);
      }
      const annotations = await seedAnnotations(tx, draftIdsByFile);
      return { seeded: true as const, users: demoAccounts.length, events: negotiationTimeline.length + sampleEvents.length, drafts: drafts.length, annotations, draftIdsByFile };
    },
    { timeout: 120_000 },
  );
  // The zero draft's commentary follows its clauses into the revised draft, as after a real import.
  const { draftIdsByFile, ...result } = seeded;
  await carryAnnotationsForward(db, OPERATOR, { fromDraftId: draftIdsByFile.get(CARRIED_FROM)!, toDraftId: draftIdsByFile.get(CARRIED_TO)! });
  await seedSubmission(db, draftIdsByFile.get(CARRIED_TO)!);
  return result;
}

const CARRIED_FROM = "sample-2-zero.en.txt";
const CARRIED_TO = "sample-3-revised.en.txt";

async function insertEvent(tx: Prisma.TransactionClient, treatyId: string, event: Omit<DemoEvent, "scheduled"> & { scheduled?: boolean }): Promise<string> {
  const created = await tx.negotiationEvent.create({
    data: {
      treatyId,
      kind: event.kind,
      startsOn: new Date(`${event.startsOn}T00:00:00Z`),
      endsOn: event.endsOn ? new Date(`${event.endsOn}T00:00:00Z`) : null,
      place: event.place ?? null,
      scheduled: event.scheduled ?? false,
      texts: { create: Object.entries(event.texts).map(([language, text]) => ({ language, ...text })) },
    },
  });
  return created.id;
}
