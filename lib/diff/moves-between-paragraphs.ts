import { MIN_MOVE_WORDS } from "./detect-moves";
import { mergeOps } from "./merge-ops";
import { segmentsOf } from "./segments";
import { scanTokens } from "./tokenize";
import type { DiffOp } from "./types";

interface Piece {
  text: string;
  type: "insert" | "delete";
  key: string;
  words: number;
  moveId?: number;
}

/**
 * A sentence taken out of one paragraph of an article and put into another is a move, which
 * diffs made paragraph by paragraph cannot see: one sees a deletion, the other an insertion.
 * This relabels such sentences (the same words, whatever the case and spacing) as moves, numbered
 * after the moves the paragraph diffs found. Only labels change: each side still reads back.
 */
export function markMovesBetweenParagraphs(paragraphs: readonly DiffOp[][], language?: string): DiffOp[][] {
  const has = (type: DiffOp["type"]) => paragraphs.flatMap((ops, paragraph) => (ops.some((op) => op.type === type) ? [paragraph] : []));
  const [deleting, inserting] = [has("delete"), has("insert")];
  // Most articles change within their paragraphs: nothing taken from one can be in another.
  if (!deleting.some((from) => inserting.some((to) => to !== from))) return paragraphs.map((ops) => [...ops]);

  const pieces = paragraphs.map((ops) => ops.map((op) => (op.type === "insert" || op.type === "delete" ? sentencesOf(op.text, op.type, language) : null)));
  const candidates = pieces.flatMap((ops, paragraph) => ops.flatMap((sentences) => sentences ?? []).filter((piece) => piece.words >= MIN_MOVE_WORDS).map((piece) => ({ paragraph, piece })));
  const deleted = new Map<string, typeof candidates>();
  for (const candidate of candidates) {
    if (candidate.piece.type !== "delete") continue;
    const same = deleted.get(candidate.piece.key);
    if (same) same.push(candidate);
    else deleted.set(candidate.piece.key, [candidate]);
  }
  let nextId = 1;
  for (const ops of paragraphs) for (const op of ops) if ("moveId" in op) nextId = Math.max(nextId, op.moveId + 1);
  for (const { paragraph, piece } of candidates) {
    if (piece.type !== "insert") continue;
    const origins = deleted.get(piece.key) ?? [];
    const origin = origins.findIndex((candidate) => candidate.paragraph !== paragraph);
    if (origin < 0) continue;
    piece.moveId = origins[origin]!.piece.moveId = nextId++;
    origins.splice(origin, 1);
  }
  return paragraphs.map((ops, paragraph) => mergeOps(ops.flatMap((op, index) => pieces[paragraph]![index]?.map(asOp) ?? [op])));
}

function asOp({ text, type, moveId }: Piece): DiffOp {
  if (moveId === undefined) return { type, text };
  return { type: type === "delete" ? "move-from" : "move-to", text, moveId };
}

/** The text cut after each sentence, each with what a move is recognised by (see segmentsOf). */
function sentencesOf(text: string, type: Piece["type"], language?: string): Piece[] {
  const { tokens, kinds } = scanTokens(text, language);
  return segmentsOf({ tokens, kinds }).map((segment) => ({
    text: tokens.slice(segment.start, segment.end).join(""),
    type,
    key: segment.key,
    words: segment.words,
  }));
}
