import { alignedCandidates } from "../../anchoring/aligned-candidates";
import { carryForward } from "../../anchoring/carry-forward";
import { withParagraphs } from "../../alignment/with-paragraphs";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { pairingOf } from "../../db/alignments";
import { annotationSnapshot } from "../../db/annotations";
import type { Prisma } from "../../db/generated/prisma/client";
import { buildProvisionTree } from "../../drafts/provision-tree";
import { ensureAlignment } from "../ensure-alignment";
import { loadDraftToAlign } from "../load-draft-to-align";

const BATCH = 5_000;

const STATUS = { same: "ANCHORED", "text-changed": "TEXT_CHANGED", orphaned: "ORPHANED" } as const;

export interface CarrySummary { carried: number; same: number; textChanged: number; orphaned: number }

/**
 * Re-anchors the annotations of one draft on the next, through their alignment: each lands on the
 * same words, on changed words (with the diff), or is marked orphaned; none is dropped. Annotations
 * already anchored on the new draft are left as they are, so running it again adds nothing.
 */
export async function carryAnnotationsForward(db: Db, actor: Actor, drafts: { fromDraftId: string; toDraftId: string }): Promise<CarrySummary> {
  assertCan(actor, "draft:import");
  const [from, to] = await Promise.all([loadDraftToAlign(db, drafts.fromDraftId), loadDraftToAlign(db, drafts.toDraftId)]);
  const alignment = await ensureAlignment(db, from.toAlign, to.toAlign);
  const pairs = withParagraphs(alignment.pairs.map(pairingOf), from.toAlign.articles, to.toAlign.articles);
  const candidates = alignedCandidates(buildProvisionTree(from.draft.provisions), buildProvisionTree(to.draft.provisions), pairs);

  const anchors = await db.annotationAnchor.findMany({
    where: { draftId: from.draft.id, annotation: { deletedAt: null, anchors: { none: { draftId: to.draft.id } } } },
  });
  const results = carryForward(
    anchors.map((a) => ({
      id: a.annotationId,
      // An anchor already orphaned has no provision: it stays orphaned in the new draft.
      target: { provisionId: a.provisionId ?? "", quote: { type: "TextQuoteSelector" as const, exact: a.exact, prefix: a.prefix, suffix: a.suffix }, position: { type: "TextPositionSelector" as const, start: a.start ?? 0, end: a.end ?? 0 } },
    })),
    candidates,
    { language: to.draft.language },
  );

  // In bulk: a new draft may bring thousands of annotations along, and one query each took minutes.
  await db.$transaction(
    async (tx) => {
      await tx.annotationAnchor.createMany({
        data: results.map((result, i) => {
          const old = anchors[i]!;
          return {
            annotationId: result.annotationId,
            draftId: to.draft.id,
            provisionId: result.target?.provisionId ?? null,
            status: STATUS[result.outcome],
            exact: result.target?.quote.exact ?? old.exact,
            prefix: result.target?.quote.prefix ?? old.prefix,
            suffix: result.target?.quote.suffix ?? old.suffix,
            start: result.target?.position.start ?? null,
            end: result.target?.position.end ?? null,
            changes: (result.diff ?? undefined) as Prisma.InputJsonValue | undefined,
            note: result.reason ?? null,
          };
        }),
      });
      for (let at = 0; at < results.length; at += BATCH) {
        const annotations = await tx.annotation.findMany({
          where: { id: { in: results.slice(at, at + BATCH).map((r) => r.annotationId) } },
          include: { tags: { include: { tag: { select: { slug: true } } } } },
        });
        await tx.annotationRevision.createMany({
          data: annotations.map((annotation) => ({
            annotationId: annotation.id,
            version: annotation.version,
            change: "CARRIED_FORWARD" as const,
            editorId: actor.kind === "user" ? actor.id : null,
            snapshot: annotationSnapshot(annotation),
          })),
        });
      }
    },
    { timeout: 120_000 },
  );
  const count = (outcome: string) => results.filter((r) => r.outcome === outcome).length;
  return { carried: results.length, same: count("same"), textChanged: count("text-changed"), orphaned: count("orphaned") };
}
