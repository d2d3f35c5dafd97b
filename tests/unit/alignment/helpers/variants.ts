// A synthetic next draft under construction: pure transformations (variants-*.ts) turn a real
// draft into a plausible next one, each recording the lineage of every article, so the expected
// alignment is known exactly whatever they did to it.

import type { AlignableArticle, AlignableParagraph } from "../../../../lib/alignment/types";
import type { Phrasebook } from "./phrasebooks";
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
  /** The language the draft is written in, as negotiators would edit it. */
  phrasebook: Phrasebook;
}

export type Transformation = (state: DraftState, random: Random) => DraftState;

let nextId = 0;
export const newId = () => `v.${nextId++}`;

/** The article with other paragraphs: its text is exactly theirs, as articlesFromTree builds it. */
export function withParagraphs(article: AlignableArticle, paragraphs: AlignableParagraph[], changes: Partial<AlignableArticle> = {}): AlignableArticle {
  const text = paragraphs.map((p) => p.text).filter((t) => t !== "").join("\n");
  return { ...article, id: newId(), paragraphs, text, ...changes };
}

export function initialState(articles: readonly AlignableArticle[], phrasebook: Phrasebook): DraftState {
  return {
    pieces: articles.map((article) => ({ article: { ...article, id: newId() }, origins: [article.id], lineage: "kept", moved: false })),
    firstNumber: 1,
    phrasebook,
  };
}

/** The pieces with one of them replaced by others (none to drop it). */
export function replacePieces(state: DraftState, index: number, count: number, ...pieces: Piece[]): DraftState {
  const next = [...state.pieces];
  next.splice(index, count, ...pieces);
  return { ...state, pieces: next };
}

/** Indices of the pieces that pass `test`; at least one, or the transformation cannot apply. */
export function candidates(state: DraftState, test: (piece: Piece, index: number) => boolean): number[] {
  return state.pieces.flatMap((piece, index) => (test(piece, index) ? [index] : []));
}

export function chapters(state: DraftState): string[] {
  return [...new Set(state.pieces.map((p) => p.article.chapter ?? ""))];
}

export function indicesIn(state: DraftState, chapter: string): number[] {
  return candidates(state, (piece) => (piece.article.chapter ?? "") === chapter);
}

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
    text.replace(/\b(Articles?|[Aa]rtikel(?:en)?)((?:\s*(?:,|and|through|to|tot en met|en)?\s*\d+)+)/g, (_, word: string, numbers: string) =>
      `${word}${numbers.replace(/\d+/g, (n) => renumbered.get(n) ?? n)}`,
    );
  const label = originals[0]?.label?.replace(/\s*\d+$/, "") ?? "Article";
  return state.pieces.map((piece, index) => {
    const number = String(state.firstNumber + index);
    const paragraphs = piece.article.paragraphs.map((p) => ({ ...p, text: follow(p.text) }));
    return { ...piece.article, number, label: `${label} ${number}`, text: follow(piece.article.text), paragraphs };
  });
}
