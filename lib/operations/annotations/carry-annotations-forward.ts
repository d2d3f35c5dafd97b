import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { recordRevisions } from "../../db/annotations";
import { landOnNextDraft } from "./land-on-next-draft";

export interface CarrySummary { carried: number; same: number; textChanged: number; orphaned: number }

/**
 * Re-anchors the annotations of one draft on the next, through their alignment: each lands on the
 * same words, on changed words (with the diff), or is marked orphaned; none is dropped. Annotations
 * already anchored on the new draft are left as they are, so running it again adds nothing.
 */
export async function carryAnnotationsForward(db: Db, actor: Actor, drafts: { fromDraftId: string; toDraftId: string }): Promise<CarrySummary> {
  assertCan(actor, "draft:import");
  const landings = await landOnNextDraft(db, drafts, { anchors: { none: { draftId: drafts.toDraftId } } });
  await db.$transaction(
    async (tx) => {
      await tx.annotationAnchor.createMany({ data: landings.map((l) => l.anchor) });
      await recordRevisions(tx, landings.map((l) => l.result.annotationId), "CARRIED_FORWARD", actor.kind === "user" ? actor.id : null);
    },
    { timeout: 120_000 },
  );
  const count = (outcome: string) => landings.filter((l) => l.result.outcome === outcome).length;
  return { carried: landings.length, same: count("same"), textChanged: count("text-changed"), orphaned: count("orphaned") };
}
