import { alignedCandidates } from "../../anchoring/aligned-candidates";
import { carryForward } from "../../anchoring/carry-forward";
import type { CarryResult } from "../../anchoring/types";
import { withParagraphs } from "../../alignment/with-paragraphs";
import type { Db } from "../../db/client";
import { pairingOf } from "../../db/alignments";
import type { AnnotationAnchor, Prisma } from "../../db/generated/prisma/client";
import { buildProvisionTree } from "../../drafts/provision-tree";
import { ensureAlignment } from "../ensure-alignment";
import { loadDraftToAlign } from "../load-draft-to-align";

const STATUS = { same: "ANCHORED", "text-changed": "TEXT_CHANGED", orphaned: "ORPHANED" } as const;

/** Where one annotation's words land on the next draft: the anchor row to store there. */
export interface Landing {
  result: CarryResult;
  anchor: Prisma.AnnotationAnchorCreateManyInput;
}

type Loaded = Awaited<ReturnType<typeof loadDraftToAlign>>;

/** The results of searching, in `to`, for the words of anchors on one earlier draft, through the two drafts' alignment. */
async function searchFrom(db: Db, from: Loaded, to: Loaded, anchors: readonly AnnotationAnchor[]): Promise<CarryResult[]> {
  const alignment = await ensureAlignment(db, from.toAlign, to.toAlign);
  const pairs = withParagraphs(alignment.pairs.map(pairingOf), from.toAlign.articles, to.toAlign.articles);
  const candidates = alignedCandidates(buildProvisionTree(from.draft.provisions), buildProvisionTree(to.draft.provisions), pairs);
  return carryForward(
    anchors.map((a) => ({
      id: a.annotationId,
      // An anchor with no provision finds no candidates: it stays orphaned.
      target: { provisionId: a.provisionId ?? "", quote: { type: "TextQuoteSelector" as const, exact: a.exact, prefix: a.prefix, suffix: a.suffix }, position: { type: "TextPositionSelector" as const, start: a.start ?? 0, end: a.end ?? 0 } },
    })),
    candidates,
    { language: to.draft.language },
  );
}

/**
 * For annotations orphaned on `from`, the anchor on the latest earlier draft of the treaty (in the
 * same language) where their words still stood: a clause dropped from one draft and restored in
 * the next brings its annotations back with it.
 */
async function lastPlacedBefore(db: Db, from: Loaded["draft"], annotationIds: string[]): Promise<Map<string, AnnotationAnchor>> {
  if (annotationIds.length === 0) return new Map();
  const placed = await db.annotationAnchor.findMany({
    where: { annotationId: { in: annotationIds }, provisionId: { not: null }, status: { not: "ORPHANED" }, draft: { treatyId: from.treatyId, language: from.language, position: { lt: from.position } } },
    // Later drafts last: each annotation keeps the latest of its anchors.
    orderBy: { draft: { position: "asc" } },
  });
  return new Map(placed.map((anchor) => [anchor.annotationId, anchor]));
}

/**
 * Where the annotations anchored on one draft (those `which` selects) land on the next, through
 * the drafts' stored alignment: each on the same words, on changed words (with the diff), or
 * orphaned with the reason; none is left out.
 */
export async function landOnNextDraft(
  db: Db,
  drafts: { fromDraftId: string; toDraftId: string },
  which: Prisma.AnnotationWhereInput,
): Promise<Landing[]> {
  const [from, to] = await Promise.all([loadDraftToAlign(db, drafts.fromDraftId), loadDraftToAlign(db, drafts.toDraftId)]);
  const anchors = await db.annotationAnchor.findMany({ where: { draftId: from.draft.id, annotation: { deletedAt: null, ...which } } });
  const earlier = await lastPlacedBefore(db, from.draft, anchors.filter((a) => a.provisionId === null).map((a) => a.annotationId));

  // Each anchor is searched for from the draft where its words last stood.
  const bySource = new Map<string, { anchor: AnnotationAnchor; at: number }[]>();
  anchors.forEach((own, at) => {
    const anchor = earlier.get(own.annotationId) ?? own;
    const group = bySource.get(anchor.draftId);
    if (group) group.push({ anchor, at });
    else bySource.set(anchor.draftId, [{ anchor, at }]);
  });
  const results: CarryResult[] = new Array(anchors.length);
  for (const [draftId, group] of bySource) {
    const source = draftId === from.draft.id ? from : await loadDraftToAlign(db, draftId);
    const found = await searchFrom(db, source, to, group.map(({ anchor }) => anchor));
    group.forEach(({ at }, k) => (results[at] = found[k]!));
  }

  return results.map((result, i) => {
    const old = anchors[i]!;
    return {
      result,
      anchor: {
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
      },
    };
  });
}
