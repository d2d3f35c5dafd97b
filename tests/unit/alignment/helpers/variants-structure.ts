// Transformations of a draft's structure, as negotiators make them: articles renumbered, moved to
// another chapter, split, merged or dropped; chapters renumbered and reordered; articles and
// paragraphs put in another order.

import type { AlignableParagraph } from "../../../../lib/alignment/types";
import type { Random } from "./random";
import { candidates, chapters, indicesIn, replacePieces, withParagraphs, type DraftState, type Piece, type Transformation } from "./variants";

/** Articles 3, 4, 5 … : as if articles had been inserted before the first one. */
export const renumberAll: Transformation = (state, random) => ({ ...state, firstNumber: state.firstNumber + 1 + random.below(5) });

/** Where a piece may be put in a chapter: before any of its articles or after the last. */
function slotIn(state: DraftState, chapter: string, random: Random): number {
  const slots = indicesIn(state, chapter);
  return random.pick([...slots, (slots[slots.length - 1] ?? state.pieces.length - 1) + 1]);
}

/** Takes an article out of a chapter that keeps others and puts it somewhere in another chapter. */
export const moveToChapter: Transformation = (state, random) => {
  const source = random.pick(chapters(state).filter((c) => indicesIn(state, c).length >= 2));
  const target = random.pick(chapters(state).filter((c) => c !== source));
  const index = random.pick(indicesIn(state, source));
  const taken = state.pieces[index]!;
  const without = replacePieces(state, index, 1);
  const moved: Piece = { ...taken, article: { ...taken.article, chapter: target === "" ? null : target }, moved: true };
  return replacePieces(without, slotIn(without, target, random), 0, moved);
};

const capitalised = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Headings of the two halves: "A and b" gives "A" and "B"; otherwise the second is told apart. */
function splitHeadings(state: DraftState, heading: string | null, rest: readonly AlignableParagraph[], random: Random): [string | null, string | null] {
  const and = ` ${state.phrasebook.and} `;
  const at = heading?.indexOf(and) ?? -1;
  if (heading && at > 0) return [heading.slice(0, at), capitalised(heading.slice(at + and.length))];
  const choice = random.below(3);
  if (choice === 0) return [heading, null];
  if (choice === 1) return [heading, `${heading ?? ""} ${random.pick(state.phrasebook.splitHeadings)}`.trim()];
  return [heading, (rest[0]?.text ?? "").split(/\s+/).slice(0, 4).join(" ")];
}

/**
 * One article becomes two: the first paragraphs stay, the rest get an article of their own. Each
 * half holds at least a fifth of the text: a smaller piece is as well read as a paragraph that
 * left for a new article, and the answer key would be arbitrary.
 */
export const splitArticle: Transformation = (state, random) => {
  const cuts = state.pieces.flatMap((piece, index) => {
    if (piece.lineage !== "kept") return [];
    const lengths = piece.article.paragraphs.map((p) => p.text.length);
    const total = lengths.reduce((sum, length) => sum + length, 0);
    let before = 0;
    return lengths.slice(0, -1).flatMap((length, at) => {
      before += length;
      return before >= total / 5 && total - before >= total / 5 ? [[index, at + 1] as const] : [];
    });
  });
  const [index, cut] = random.pick(cuts);
  const piece = state.pieces[index]!;
  const head = piece.article.paragraphs.slice(0, cut);
  const rest = piece.article.paragraphs.slice(cut);
  const [firstHeading, secondHeading] = splitHeadings(state, piece.article.heading, rest, random);
  const first: Piece = { ...piece, article: withParagraphs(piece.article, head, { heading: firstHeading }), lineage: "split" };
  const second: Piece = { ...piece, article: withParagraphs(piece.article, rest, { heading: secondHeading }), lineage: "split" };
  return replacePieces(state, index, 1, first, second);
};

/**
 * Two articles become one. Neighbours in a chapter are joined under both headings; any other
 * article is absorbed by the one it is merged into, which keeps its heading and place: when it
 * comes from another chapter, it has moved.
 */
export const mergeArticles: Transformation = (state, random) => {
  const kept = candidates(state, (piece) => piece.lineage === "kept");
  const index = random.pick(kept);
  const a = state.pieces[index]!;
  const next = state.pieces[index + 1];
  const neighbours = next?.lineage === "kept" && next.article.chapter === a.article.chapter && random.below(2) === 0;
  const other = neighbours ? index + 1 : random.pick(kept.filter((k) => k !== index));
  const b = state.pieces[other]!;
  const heading = neighbours ? `${a.article.heading ?? ""} ${state.phrasebook.and} ${(b.article.heading ?? "").toLowerCase()}` : a.article.heading;
  const merged: Piece = {
    article: withParagraphs(a.article, [...a.article.paragraphs, ...b.article.paragraphs], { heading }),
    origins: [...a.origins, ...b.origins],
    lineage: "merged",
    moved: a.moved || b.moved || a.article.chapter !== b.article.chapter,
  };
  const withMerged = replacePieces(state, index, 1, merged);
  return replacePieces(withMerged, other, 1);
};

export const dropArticle: Transformation = (state, random) => replacePieces(state, random.below(state.pieces.length), 1);

/** The paragraphs of one article in another order. */
export const reorderParagraphs: Transformation = (state, random) => {
  const index = random.pick(candidates(state, (piece) => piece.article.paragraphs.length >= 3));
  const piece = state.pieces[index]!;
  const original = piece.article.paragraphs;
  let shuffled = random.shuffle(original);
  if (shuffled.every((p, i) => p === original[i])) shuffled = [...original.slice(1), original[0]!];
  return replacePieces(state, index, 1, { ...piece, article: withParagraphs(piece.article, shuffled) });
};

/** The articles of one chapter in another order. */
export const shuffleChapter: Transformation = (state, random) => {
  const chapter = random.pick(chapters(state).filter((c) => indicesIn(state, c).length >= 3));
  const slots = indicesIn(state, chapter);
  const order = random.shuffle(slots);
  const pieces = [...state.pieces];
  slots.forEach((slot, i) => (pieces[slot] = state.pieces[order[i]!]!));
  return { ...state, pieces };
};

function roman(value: number): string {
  const digits: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = value;
  return digits.reduce((text, [size, digit]) => {
    const times = Math.floor(rest / size);
    rest -= times * size;
    return text + digit.repeat(times);
  }, "");
}

/** Chapters numbered by position from `first` ("CHAPTER II" → "CHAPTER III"); labels without a roman numeral stay. */
function relabelChapters(state: DraftState, first: number): DraftState {
  const renamed = new Map(chapters(state).map((chapter, index) => [chapter, chapter.replace(/^(\p{L}+\s+)[IVXL]+\b/u, `$1${roman(first + index)}`)]));
  const pieces = state.pieces.map((piece) =>
    piece.article.chapter === null ? piece : { ...piece, article: { ...piece.article, chapter: renamed.get(piece.article.chapter) ?? null } },
  );
  return { ...state, pieces };
}

/** As if a chapter had been inserted before the first: every chapter has a higher number. */
export const renumberChapters: Transformation = (state, random) => relabelChapters(state, 2 + random.below(2));

/** One chapter, all its articles, put before another chapter or at the end; chapters renumbered. */
export const reorderChapters: Transformation = (state, random) => {
  const names = chapters(state);
  const chapter = random.pick(names);
  const block = state.pieces.filter((piece) => (piece.article.chapter ?? "") === chapter);
  const others = state.pieces.filter((piece) => (piece.article.chapter ?? "") !== chapter);
  // Before the chapter that follows it, or at the end when it is last, would change nothing.
  const following = names[names.indexOf(chapter) + 1] ?? null;
  const before = random.pick([...names, null].filter((name) => name !== chapter && name !== following));
  const at = before === null ? others.length : others.findIndex((piece) => (piece.article.chapter ?? "") === before);
  return relabelChapters({ ...state, pieces: [...others.slice(0, at), ...block, ...others.slice(at)] }, 1);
};
