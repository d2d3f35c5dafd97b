import { assertCan, type Actor } from "../auth/permissions";
import type { Db } from "../db/client";
import { findNegotiationEvent, findPreviousDraft, findTreaty } from "../db/drafts";
import { slugify } from "../drafts/slug";
import { InvalidInputError, parseInput } from "./errors";
import { carryAnnotationsForward } from "./annotations/carry-annotations-forward";
import { storeDraft } from "./store-draft";
import { importParsedDraftSchema, type ImportParsedDraftInput } from "./import-parsed-draft.schema";

/**
 * Stores a draft whose provision tree the editor has checked (and perhaps corrected) in the
 * preview, or stores nothing; then carries the annotations of the treaty's previous draft in the
 * same language onto it (aligned, re-anchored, marked when their words changed or are gone).
 */
export async function importParsedDraft(db: Db, actor: Actor, input: ImportParsedDraftInput) {
  assertCan(actor, "draft:import");
  const data = parseInput(importParsedDraftSchema, input);
  const stored = await db.$transaction(
    async (tx) => {
      if (data.eventId) {
        const event = await findNegotiationEvent(tx, data.eventId);
        const treaty = await findTreaty(tx, data.treaty, slugify(data.treaty));
        if (!event || event.treatyId !== treaty?.id) throw new InvalidInputError("That negotiation event is not one of this treaty's: choose another, or none.");
      }
      return storeDraft(tx, actor, data, data.provisions);
    },
    { timeout: 60_000 },
  );
  const draft = await db.draft.findUniqueOrThrow({ where: { id: stored.draftId } });
  const previous = await findPreviousDraft(db, draft);
  const carried = previous?.language === draft.language ? await carryAnnotationsForward(db, actor, { fromDraftId: previous.id, toDraftId: draft.id }) : null;
  return { ...stored, carried };
}
