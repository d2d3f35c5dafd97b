import type { ArticlePair } from "../alignment/types";
import type { ArticlePairing } from "../compare/types";
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";
import type { AlignmentPairKind } from "./generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const withPairs = {
  pairs: { orderBy: { position: "asc" }, include: { provisions: { select: { provisionId: true, side: true } } } },
} as const satisfies Prisma.AlignmentInclude;

export type StoredAlignment = Prisma.AlignmentGetPayload<{ include: typeof withPairs }>;
export type StoredPair = StoredAlignment["pairs"][number];

export function findAlignment(db: Db | Tx, fromDraftId: string, toDraftId: string) {
  return db.alignment.findUnique({ where: { fromDraftId_toDraftId: { fromDraftId, toDraftId } }, include: withPairs });
}

export function findAlignmentById(db: Db | Tx, id: string) {
  return db.alignment.findUnique({ where: { id }, include: withPairs });
}

const KIND_TO_DB: Record<ArticlePair["kind"], AlignmentPairKind> = {
  unchanged: "UNCHANGED", changed: "CHANGED", split: "SPLIT", merged: "MERGED", added: "ADDED", removed: "REMOVED",
};

export function pairingOf(pair: StoredPair): ArticlePairing {
  const side = (s: "FROM" | "TO") => pair.provisions.filter((p) => p.side === s).map((p) => p.provisionId);
  return {
    from: side("FROM"),
    to: side("TO"),
    kind: pair.kind.toLowerCase() as ArticlePair["kind"],
    renumbered: pair.renumbered,
    moved: pair.moved,
    score: pair.score,
    reasons: pair.reasons as ArticlePair["reasons"],
    confirmed: pair.confirmedAt !== null,
  };
}

export function confirmedPairings(alignment: StoredAlignment | null): { from: string[]; to: string[] }[] {
  return (alignment?.pairs ?? []).filter((p) => p.confirmedAt !== null).map((p) => {
    const { from, to } = pairingOf(p);
    return { from, to };
  });
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Stores a computed alignment: replaces every unconfirmed pair, keeps confirmed pairs as they are
 * (only their place in reading order follows the new computation). Call inside a transaction.
 */
export async function storeAlignment(tx: Tx, fromDraftId: string, toDraftId: string, pairs: ArticlePair[]): Promise<string> {
  const alignment = await tx.alignment.upsert({
    where: { fromDraftId_toDraftId: { fromDraftId, toDraftId } },
    update: { computedAt: new Date() },
    create: { fromDraftId, toDraftId },
    include: withPairs,
  });
  const confirmed = alignment.pairs.filter((p) => p.confirmedAt !== null);
  await tx.alignmentPair.deleteMany({ where: { alignmentId: alignment.id, confirmedAt: null } });
  for (const [position, pair] of pairs.entries()) {
    const kept = confirmed.find((c) => {
      const stored = pairingOf(c);
      return sameSet(stored.from, pair.from) && sameSet(stored.to, pair.to);
    });
    if (kept) {
      await tx.alignmentPair.update({ where: { id: kept.id }, data: { position } });
      continue;
    }
    await tx.alignmentPair.create({
      data: {
        alignmentId: alignment.id,
        kind: KIND_TO_DB[pair.kind],
        renumbered: pair.renumbered,
        moved: pair.moved,
        score: pair.score,
        reasons: pair.reasons,
        position,
        provisions: {
          create: [
            ...pair.from.map((provisionId) => ({ provisionId, side: "FROM" as const })),
            ...pair.to.map((provisionId) => ({ provisionId, side: "TO" as const })),
          ],
        },
      },
    });
  }
  return alignment.id;
}

/** An editor's pair: confirmed, and replacing any confirmed pair that shared one of its articles. */
export async function storeConfirmedPair(
  tx: Tx,
  alignmentId: string,
  pair: { from: string[]; to: string[]; kind: ArticlePair["kind"]; renumbered: boolean; moved: boolean; score: number },
  userId: string | null,
) {
  const ids = [...pair.from, ...pair.to];
  await tx.alignmentPair.deleteMany({ where: { alignmentId, provisions: { some: { provisionId: { in: ids } } } } });
  return tx.alignmentPair.create({
    data: {
      alignmentId,
      kind: KIND_TO_DB[pair.kind],
      renumbered: pair.renumbered,
      moved: pair.moved,
      score: pair.score,
      reasons: ["confirmed"],
      position: 0,
      confirmedById: userId,
      confirmedAt: new Date(),
      provisions: {
        create: [
          ...pair.from.map((provisionId) => ({ provisionId, side: "FROM" as const })),
          ...pair.to.map((provisionId) => ({ provisionId, side: "TO" as const })),
        ],
      },
    },
  });
}
