import { alignedCandidates } from "../../anchoring/aligned-candidates";
import { carryForward } from "../../anchoring/carry-forward";
import type { CarryResult } from "../../anchoring/types";
import { withParagraphs } from "../../alignment/with-paragraphs";
import type { Db } from "../../db/client";
import { pairingOf } from "../../db/alignments";
import type { Prisma } from "../../db/generated/prisma/client";
import { buildProvisionTree } from "../../drafts/provision-tree";
import { ensureAlignment } from "../ensure-alignment";
import { loadDraftToAlign } from "../load-draft-to-align";

const STATUS = { same: "ANCHORED", "text-changed": "TEXT_CHANGED", orphaned: "ORPHANED" } as const;

/** Where one annotation's words land on the next draft: the anchor row to store there. */
export interface Landing {
  result: CarryResult;
  anchor: Prisma.AnnotationAnchorCreateManyInput;
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
  const alignment = await ensureAlignment(db, from.toAlign, to.toAlign);
  const pairs = withParagraphs(alignment.pairs.map(pairingOf), from.toAlign.articles, to.toAlign.articles);
  const candidates = alignedCandidates(buildProvisionTree(from.draft.provisions), buildProvisionTree(to.draft.provisions), pairs);

  const anchors = await db.annotationAnchor.findMany({ where: { draftId: from.draft.id, annotation: { deletedAt: null, ...which } } });
  const results = carryForward(
    anchors.map((a) => ({
      id: a.annotationId,
      // An anchor already orphaned has no provision: it stays orphaned in the new draft.
      target: { provisionId: a.provisionId ?? "", quote: { type: "TextQuoteSelector" as const, exact: a.exact, prefix: a.prefix, suffix: a.suffix }, position: { type: "TextPositionSelector" as const, start: a.start ?? 0, end: a.end ?? 0 } },
    })),
    candidates,
    { language: to.draft.language },
  );
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
