import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { announceAnnotationChange } from "../../db/annotation-events";
import { recordRevisions } from "../../db/annotations";
import { findNextDraftInLanguage } from "../../db/drafts";
import type { AnnotationAnchor } from "../../db/generated/prisma/client";
import { landOnNextDraft, type Landing } from "./land-on-next-draft";

type DraftStep = { fromDraftId: string; toDraftId: string };

const PLACE = ["provisionId", "status", "exact", "prefix", "suffix", "start", "end"] as const;

function movedFrom(current: AnnotationAnchor | undefined, landing: Landing): boolean {
  return current !== undefined && PLACE.some((field) => (current[field] ?? null) !== (landing.anchor[field] ?? null));
}

// Only a draft's annotations carried to the next draft in its language were placed through this
// alignment; a comparison across instruments or languages placed none.
async function carriesAnnotations(db: Db, step: DraftStep): Promise<boolean> {
  const from = await db.draft.findUnique({ where: { id: step.fromDraftId } });
  return from !== null && (await findNextDraftInLanguage(db, from))?.id === step.toDraftId;
}

async function reanchorStep(db: Db, editorId: string | null, step: DraftStep): Promise<string[]> {
  const landings = await landOnNextDraft(db, step, { anchors: { some: { draftId: step.toDraftId } } });
  const current = await db.annotationAnchor.findMany({ where: { draftId: step.toDraftId, annotationId: { in: landings.map((l) => l.result.annotationId) } } });
  const byAnnotation = new Map(current.map((anchor) => [anchor.annotationId, anchor]));
  const moved = landings.filter((landing) => movedFrom(byAnnotation.get(landing.result.annotationId), landing));
  const ids = moved.map((landing) => landing.result.annotationId);
  if (ids.length === 0) return ids;
  await db.$transaction(
    async (tx) => {
      for (const { anchor } of moved) {
        const { annotationId, draftId, ...place } = anchor;
        await tx.annotationAnchor.update({ where: { annotationId_draftId: { annotationId, draftId } }, data: { ...place, changes: place.changes ?? undefined } });
        await announceAnnotationChange(tx, { annotationId, draftIds: [draftId], change: "changed" });
      }
      await recordRevisions(tx, ids, "REANCHORED", editorId);
    },
    { timeout: 120_000 },
  );
  return ids;
}

/**
 * After an editor re-paired two drafts, the annotations carried from the one to the other are
 * placed again through the new pairing (an annotation on a wrongly paired article moves to the
 * right one; an orphan whose article now has a counterpart lands on it), and so on through the
 * later drafts they were carried to. Returns how many annotations moved.
 */
export async function reanchorCarriedAnnotations(db: Db, actor: Actor, drafts: DraftStep): Promise<number> {
  assertCan(actor, "alignment:edit");
  const editorId = actor.kind === "user" ? actor.id : null;
  const moved = new Set<string>();
  let step: DraftStep | null = drafts;
  while (step && (await carriesAnnotations(db, step))) {
    const ids = await reanchorStep(db, editorId, step);
    if (ids.length === 0) break;
    ids.forEach((id) => moved.add(id));
    const reached: string = step.toDraftId;
    const next = await findNextDraftInLanguage(db, await db.draft.findUniqueOrThrow({ where: { id: reached } }));
    step = next && { fromDraftId: reached, toDraftId: next.id };
  }
  return moved.size;
}
