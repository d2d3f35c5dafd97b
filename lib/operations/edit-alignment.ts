import type { ArticlePair } from "../alignment/types";
import { assertCan, type Actor } from "../auth/permissions";
import type { Db } from "../db/client";
import { findAlignmentById, storeConfirmedPair } from "../db/alignments";
import { alignmentPairRefSchema, alignmentRefSchema, setAlignmentPairSchema, type SetAlignmentPairInput } from "./edit-alignment.schema";
import { reanchorCarriedAnnotations } from "./annotations/reanchor-carried-annotations";
import { ensureAlignment, type DraftToAlign } from "./ensure-alignment";
import { InvalidInputError, NotFoundError, parseInput } from "./errors";
import { loadDraftToAlign } from "./load-draft-to-align";

// An editor's corrections to an alignment. Each that changes the pairing ends by recomputing the
// unconfirmed pairs around the confirmed ones, so every article still stands in exactly one pair,
// then places the annotations carried between the two drafts again through the new pairing.

const userId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

async function loadAlignment(db: Db, alignmentId: string) {
  const alignment = await findAlignmentById(db, alignmentId);
  if (!alignment) throw new NotFoundError("That alignment does not exist.");
  const [from, to] = await Promise.all([loadDraftToAlign(db, alignment.fromDraftId), loadDraftToAlign(db, alignment.toDraftId)]);
  return { alignment, from: from.toAlign, to: to.toAlign };
}

/** Pairs the drafts again around the confirmed pairs; how many carried annotations moved. */
async function pairAgain(db: Db, actor: Actor, from: DraftToAlign, to: DraftToAlign): Promise<{ reanchored: number }> {
  await ensureAlignment(db, from, to, { recompute: true });
  return { reanchored: await reanchorCarriedAnnotations(db, actor, { fromDraftId: from.id, toDraftId: to.id }) };
}

async function findPair(db: Db, pairId: string) {
  const pair = await db.alignmentPair.findUnique({ where: { id: pairId } });
  if (!pair) throw new NotFoundError("That pair no longer exists; reload the page.");
  return pair;
}

/** Keeps a computed pair as it is, whatever later recomputation finds. */
export async function confirmAlignmentPair(db: Db, actor: Actor, input: { pairId: string }) {
  assertCan(actor, "alignment:edit");
  const { pairId } = parseInput(alignmentPairRefSchema, input);
  await findPair(db, pairId);
  await db.alignmentPair.update({ where: { id: pairId }, data: { confirmedAt: new Date(), confirmedById: userId(actor) } });
}

/** Lets recomputation decide again about a pair an editor had confirmed. */
export async function releaseAlignmentPair(db: Db, actor: Actor, input: { pairId: string }) {
  assertCan(actor, "alignment:edit");
  const { pairId } = parseInput(alignmentPairRefSchema, input);
  const pair = await findPair(db, pairId);
  await db.alignmentPair.update({ where: { id: pairId }, data: { confirmedAt: null, confirmedById: null } });
  const { from, to } = await loadAlignment(db, pair.alignmentId);
  return pairAgain(db, actor, from, to);
}

/** Computes the alignment again; confirmed pairs stay exactly as they are. */
export async function recomputeAlignment(db: Db, actor: Actor, input: { alignmentId: string }) {
  assertCan(actor, "alignment:edit");
  const { alignmentId } = parseInput(alignmentRefSchema, input);
  const { from, to } = await loadAlignment(db, alignmentId);
  return pairAgain(db, actor, from, to);
}

/** An editor pairs articles by hand (changes a pair or adds one); the pair is confirmed. */
export async function setAlignmentPair(db: Db, actor: Actor, input: SetAlignmentPairInput) {
  assertCan(actor, "alignment:edit");
  const data = parseInput(setAlignmentPairSchema, input);
  const { alignment, from, to } = await loadAlignment(db, data.alignmentId);
  const fromArticles = data.from.map((id) => from.articles.find((a) => a.id === id));
  const toArticles = data.to.map((id) => to.articles.find((a) => a.id === id));
  if (fromArticles.includes(undefined) || toArticles.includes(undefined)) {
    throw new InvalidInputError("Choose articles of the two drafts being compared.");
  }
  const [before] = fromArticles;
  const [after] = toArticles;
  const kind: ArticlePair["kind"] =
    data.from.length === 0 ? "added"
    : data.to.length === 0 ? "removed"
    : data.to.length > 1 ? "split"
    : data.from.length > 1 ? "merged"
    : before!.text === after!.text && before!.heading === after!.heading ? "unchanged" : "changed";
  const oneToOne = data.from.length === 1 && data.to.length === 1;
  await db.$transaction((tx) =>
    storeConfirmedPair(
      tx,
      alignment.id,
      {
        from: data.from,
        to: data.to,
        kind,
        renumbered: oneToOne && before!.number !== after!.number,
        moved: oneToOne && before!.chapter !== after!.chapter,
        score: 1,
      },
      userId(actor),
    ),
  );
  return pairAgain(db, actor, from, to);
}
