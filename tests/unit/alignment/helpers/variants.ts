// Pure transformations that turn a real treaty into a plausible next draft, each recording the
// lineage of every article, so the expected alignment is known exactly. They imitate what
// negotiators do: renumber, move, split, merge, drop, add, reword headings, reorder.

import type { AlignableArticle, AlignableParagraph } from "../../../../lib/alignment/types";
import type { Random } from "./random";

/** An article of the variant and the original articles it comes from. */
export interface Piece {
  article: AlignableArticle;
  origins: string[];
  lineage: "kept" | "split" | "merged" | "added";
  /** Put under another chapter on purpose: alignment must say it moved. */
  moved: boolean;
}

export interface DraftState {
  pieces: Piece[];
  /** Number of the first article once renumbered. */
  firstNumber: number;
}

export type Transformation = (state: DraftState, random: Random) => DraftState;

let nextId = 0;
const newId = () => `v.${nextId++}`;

/** The article's own text: what its text holds before its paragraphs. */
function chapeau(article: AlignableArticle): string {
  const tail = article.paragraphs.map((p) => p.text).filter((text) => text !== "").join("\n");
  if (!article.text.endsWith(tail)) throw new Error(`article ${article.id}: text does not end with its paragraphs`);
  return article.text.slice(0, article.text.length - tail.length).replace(/\n$/, "");
}

function compose(article: AlignableArticle, ownText: string, paragraphs: AlignableParagraph[], changes: Partial<AlignableArticle> = {}): AlignableArticle {
  const text = [ownText, ...paragraphs.map((p) => p.text)].filter((t) => t !== "").join("\n");
  return { ...article, id: newId(), paragraphs, text, ...changes };
}

export function initialState(articles: readonly AlignableArticle[]): DraftState {
  return {
    pieces: articles.map((article) => ({ article: { ...article, id: newId() }, origins: [article.id], lineage: "kept", moved: false })),
    firstNumber: 1,
  };
}

function chapters(state: DraftState): string[] {
  return [...new Set(state.pieces.map((p) => p.article.chapter ?? ""))];
}

function indicesIn(state: DraftState, chapter: string): number[] {
  return state.pieces.flatMap((p, index) => ((p.article.chapter ?? "") === chapter ? [index] : []));
}

/** Articles 3, 4, 5 … : as if articles had been inserted before the first one. */
export const renumberAll: Transformation = (state, random) => ({ ...state, firstNumber: state.firstNumber + 1 + random.below(5) });

/** Takes an article out of a chapter that keeps others and puts it somewhere in another chapter. */
export const moveToChapter: Transformation = (state, random) => {
  const sources = chapters(state).filter((c) => indicesIn(state, c).length >= 2);
  const source = random.pick(sources);
  const target = random.pick(chapters(state).filter((c) => c !== source));
  const pieces = [...state.pieces];
  const [taken] = pieces.splice(random.pick(indicesIn({ ...state, pieces }, source)), 1);
  if (!taken) return state;
  const slots = indicesIn({ ...state, pieces }, target);
  const at = random.pick([...slots, (slots[slots.length - 1] ?? 0) + 1]);
  pieces.splice(at, 0, { ...taken, article: { ...taken.article, chapter: target === "" ? null : target }, moved: true });
  return { ...state, pieces };
};

/** One article becomes two: the first paragraphs stay, the rest get an article of their own. */
export const splitArticle: Transformation = (state, random) => {
  const candidates = state.pieces.flatMap((p, index) => (p.lineage === "kept" && p.article.paragraphs.length >= 3 ? [index] : []));
  const index = random.pick(candidates);
  const piece = state.pieces[index]!;
  const cut = 1 + random.below(piece.article.paragraphs.length - 1);
  const head = piece.article.paragraphs.slice(0, cut);
  const rest = piece.article.paragraphs.slice(cut);
  const restHeading = (rest[0]?.text ?? "").split(/\s+/).slice(0, 4).join(" ");
  const first: Piece = { ...piece, article: compose(piece.article, chapeau(piece.article), head), lineage: "split" };
  const second: Piece = { ...piece, article: compose(piece.article, "", rest, { heading: restHeading }), lineage: "split" };
  const pieces = [...state.pieces];
  pieces.splice(index, 1, first, second);
  return { ...state, pieces };
};

/** Two neighbouring articles of one chapter become one. */
export const mergeNeighbours: Transformation = (state, random) => {
  const candidates = state.pieces.flatMap((p, index) => {
    const next = state.pieces[index + 1];
    return p.lineage === "kept" && next?.lineage === "kept" && next.article.chapter === p.article.chapter ? [index] : [];
  });
  const index = random.pick(candidates);
  const a = state.pieces[index]!;
  const b = state.pieces[index + 1]!;
  const bChapeau = chapeau(b.article);
  const paragraphs = [
    ...a.article.paragraphs,
    ...(bChapeau === "" ? [] : [{ id: newId(), label: null, text: bChapeau }]),
    ...b.article.paragraphs,
  ];
  const heading = `${a.article.heading ?? ""} and ${(b.article.heading ?? "").toLowerCase()}`;
  const merged: Piece = { article: compose(a.article, chapeau(a.article), paragraphs, { heading }), origins: [...a.origins, ...b.origins], lineage: "merged", moved: false };
  const pieces = [...state.pieces];
  pieces.splice(index, 2, merged);
  return { ...state, pieces };
};

export const dropArticle: Transformation = (state, random) => {
  const pieces = [...state.pieces];
  pieces.splice(random.below(pieces.length), 1);
  return { ...state, pieces };
};

// A topic no cybercrime treaty touches, in the register of a treaty.
const NEW_WORDS = ("vessel harbour fisheries tonnage cargo crew flag pilotage salvage wreck anchorage quay tug " +
  "ballast buoy lighthouse dredging berth inspection certificate registry tariff levy customs consignment " +
  "shipowner charterer insurer navigation coastal waters port authority maritime safety").split(" ");
const GLUE = "the of a to in for with by under any such its shall may each State Party".split(" ");

function madeUpSentence(random: Random): string {
  const words = Array.from({ length: 14 + random.below(12) }, (_, i) => (i % 3 === 1 ? random.pick(GLUE) : random.pick(NEW_WORDS)));
  return `${words.join(" ").replace(/^\w/, (c) => c.toUpperCase())}.`;
}

/** A new article on a new subject, somewhere in some chapter. */
export const addArticle: Transformation = (state, random) => {
  const at = random.below(state.pieces.length + 1);
  const neighbour = state.pieces[Math.min(at, state.pieces.length - 1)]!;
  const paragraphs = Array.from({ length: 1 + random.below(3) }, (_, i) => ({ id: newId(), label: `${i + 1}.`, text: madeUpSentence(random) }));
  const heading = `${random.pick(NEW_WORDS)} ${random.pick(NEW_WORDS)}`.replace(/^\w/, (c) => c.toUpperCase());
  const article = compose(neighbour.article, "", paragraphs, { heading, label: null, number: null });
  const pieces = [...state.pieces];
  pieces.splice(at, 0, { article, origins: [], lineage: "added", moved: false });
  return { ...state, pieces };
};

const SYNONYMS: Record<string, string> = {
  illegal: "unlawful", computer: "information system", data: "information", offences: "crimes", offence: "crime",
  interference: "disruption", misuse: "abuse", related: "connected", fraud: "deception", forgery: "falsification",
  procedures: "measures", procedural: "process", preservation: "retention", search: "inspection", seizure: "confiscation",
  assistance: "help", "co-operation": "cooperation", extradition: "surrender", mutual: "reciprocal", provisions: "rules",
  general: "common", principles: "rules", scope: "ambit", conditions: "requirements", safeguards: "guarantees",
  signature: "signing", reservations: "exceptions", declarations: "statements", amendments: "changes",
  information: "intelligence", interception: "capture", stored: "held", order: "instruction", collection: "gathering",
};

/** Headings reworded with synonyms, as a drafting committee tidies them. */
export const rewordHeadings: Transformation = (state) => ({
  ...state,
  pieces: state.pieces.map((piece) => ({
    ...piece,
    article: {
      ...piece.article,
      heading: piece.article.heading?.replace(/[\p{L}-]+/gu, (word) => SYNONYMS[word.toLowerCase()] ?? word) ?? null,
    },
  })),
});

/** The paragraphs of one article in another order. */
export const reorderParagraphs: Transformation = (state, random) => {
  const candidates = state.pieces.flatMap((p, index) => (p.article.paragraphs.length >= 3 ? [index] : []));
  const index = random.pick(candidates);
  const piece = state.pieces[index]!;
  const original = piece.article.paragraphs;
  let shuffled = random.shuffle(original);
  if (shuffled.every((p, i) => p === original[i])) shuffled = [...original.slice(1), original[0]!];
  const pieces = [...state.pieces];
  pieces[index] = { ...piece, article: compose(piece.article, chapeau(piece.article), shuffled) };
  return { ...state, pieces };
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

/**
 * The variant as a draft: articles numbered from `firstNumber` in order, and cross-references
 * ("Articles 2 through 5") following the renumbering, as a secretariat would update them.
 */
export function finish(state: DraftState, originals: readonly AlignableArticle[]): AlignableArticle[] {
  const originalNumber = new Map(originals.map((a) => [a.id, a.number]));
  const renumbered = new Map<string, string>();
  state.pieces.forEach((piece, index) => {
    const original = originalNumber.get(piece.origins[0] ?? "");
    if (original && !renumbered.has(original)) renumbered.set(original, String(state.firstNumber + index));
  });
  const follow = (text: string) =>
    text.replace(/\b(Articles?)((?:\s*(?:,|and|through|to)?\s*\d+)+)/g, (_, word: string, numbers: string) =>
      `${word}${numbers.replace(/\d+/g, (n) => renumbered.get(n) ?? n)}`,
    );
  return state.pieces.map((piece, index) => {
    const number = String(state.firstNumber + index);
    const paragraphs = piece.article.paragraphs.map((p) => ({ ...p, text: follow(p.text) }));
    return { ...piece.article, number, label: `Article ${number}`, text: follow(piece.article.text), paragraphs };
  });
}
