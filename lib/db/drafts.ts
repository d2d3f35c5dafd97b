import { randomUUID } from "node:crypto";
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";
import type { ParsedProvision } from "../draft-text/types";

type Tx = Prisma.TransactionClient;

export interface DraftMetadata {
  treatyId: string;
  title: string;
  symbol: string | null;
  date: Date;
  language: string;
  source: string | null;
  eventId: string | null;
  importedById: string | null;
}

/** Flattens a parsed tree into rows in reading order, with parent links, ready for one insert. */
export function provisionRows(draftId: string, provisions: ParsedProvision[]): Prisma.ProvisionCreateManyInput[] {
  const rows: Prisma.ProvisionCreateManyInput[] = [];
  const walk = (nodes: ParsedProvision[], parentId: string | null) => {
    nodes.forEach((node, position) => {
      const id = randomUUID();
      rows.push({
        id, draftId, parentId, position, ordinal: rows.length,
        kind: node.kind, label: node.label, number: node.number, heading: node.heading,
        text: node.text, notes: node.notes ?? null, sourceLine: node.line,
      });
      walk(node.children, id);
    });
  };
  walk(provisions, null);
  return rows;
}

/** Inserts a draft after the treaty's last one. Call inside a transaction. */
export async function insertDraft(tx: Tx, metadata: DraftMetadata, provisions: ParsedProvision[]) {
  const last = await tx.draft.aggregate({ where: { treatyId: metadata.treatyId }, _max: { position: true } });
  const draft = await tx.draft.create({ data: { ...metadata, position: (last._max.position ?? 0) + 1 } });
  const rows = provisionRows(draft.id, provisions);
  await tx.provision.createMany({ data: rows });
  return { draft, provisionCount: rows.length, articleCount: rows.filter((r) => r.kind === "ARTICLE").length };
}

export function findTreaty(tx: Tx | Db, slugOrTitle: string, slug: string) {
  return tx.treaty.findFirst({ where: { OR: [{ slug }, { title: slugOrTitle }] } });
}

export function findNegotiationEvent(tx: Tx | Db, id: string) {
  return tx.negotiationEvent.findUnique({ where: { id } });
}

export function listTreatiesWithTimeline(db: Db) {
  return db.treaty.findMany({
    orderBy: [{ isSample: "asc" }, { createdAt: "asc" }],
    include: {
      drafts: { orderBy: { position: "asc" }, include: { _count: { select: { provisions: { where: { kind: "ARTICLE" } } } } } },
      events: { orderBy: { startsOn: "asc" }, include: { texts: true } },
    },
  });
}

export function getDraftWithProvisions(db: Db, draftId: string) {
  return db.draft.findUnique({
    where: { id: draftId },
    include: {
      treaty: true,
      event: { include: { texts: true } },
      provisions: { orderBy: { ordinal: "asc" } },
    },
  });
}

/** The draft before this one in its treaty's negotiation, in the same language if there is one. */
export async function findPreviousDraft(db: Db, draft: { id: string; treatyId: string; position: number; language: string }) {
  const earlier = await db.draft.findMany({
    where: { treatyId: draft.treatyId, position: { lt: draft.position } },
    orderBy: { position: "desc" },
    select: { id: true, title: true, language: true },
  });
  return earlier.find((d) => d.language === draft.language) ?? earlier[0] ?? null;
}

/** The next draft of the treaty in the same language: the one a draft's annotations are carried to. */
export function findNextDraftInLanguage(db: Db, draft: { treatyId: string; position: number; language: string }) {
  return db.draft.findFirst({
    where: { treatyId: draft.treatyId, position: { gt: draft.position }, language: draft.language },
    orderBy: { position: "asc" },
    select: { id: true, treatyId: true, position: true, language: true },
  });
}
