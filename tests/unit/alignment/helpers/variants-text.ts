// Transformations of what articles say, as negotiators edit a draft between sessions: words
// inserted, struck or swapped, qualifiers added and removed, sentences added, headings reworded,
// paragraphs moved from one article to another.

import type { AlignableParagraph } from "../../../../lib/alignment/types";
import type { Phrasebook } from "./phrasebooks";
import type { Random } from "./random";
import { candidates, replacePieces, withParagraphs, type Piece, type Transformation } from "./variants";

type Edit = (text: string, phrasebook: Phrasebook, random: Random) => string;

// A word inside a sentence: lower case, or of a script without case (Arabic), with its marks.
const PLAIN_WORD = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}]*$/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Applies `change` to one word of the text that passes `test`; the text as it was when none does. */
function atWord(text: string, random: Random, test: (word: string) => boolean, change: (words: string[], at: number) => void): string {
  const words = text.split(" ");
  const positions = words.flatMap((word, at) => (at > 0 && test(word) ? [at] : []));
  if (positions.length === 0) return text;
  change(words, random.pick(positions));
  return words.join(" ");
}

const insertWord: Edit = (text, phrasebook, random) =>
  atWord(text, random, (word) => PLAIN_WORD.test(word), (words, at) => words.splice(at, 0, random.pick(phrasebook.insertions)));

const deleteWords: Edit = (text, _phrasebook, random) =>
  atWord(text, random, (word) => PLAIN_WORD.test(word), (words, at) => {
    const wanted = 1 + random.below(3);
    let count = 1;
    while (count < wanted && PLAIN_WORD.test(words[at + count] ?? "")) count++;
    words.splice(at, count);
  });

/** A word for its synonym, keeping its capital and the punctuation around it. */
const rewordWord: Edit = (text, phrasebook, random) => {
  const key = (word: string) => word.replace(/^\P{L}+|\P{L}+$/gu, "").toLowerCase();
  return atWord(text, random, (word) => phrasebook.synonyms[key(word)] !== undefined, (words, at) => {
    const word = words[at]!;
    const bare = word.replace(/^\P{L}+|\P{L}+$/gu, "");
    const synonym = phrasebook.synonyms[bare.toLowerCase()]!;
    const cased = /^\p{Lu}/u.test(bare) ? synonym.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : synonym;
    words[at] = word.replace(bare, cased);
  });
};

/** ", in accordance with its domestic law" before the full stop (or colon, semicolon) of a sentence. */
const addQualifier: Edit = (text, phrasebook, random) => {
  const stops = [...text.matchAll(/[.;:](?=\s|$)/g)].map((match) => match.index);
  if (stops.length === 0) return `${text}, ${random.pick(phrasebook.qualifiers)}`;
  const at = random.pick(stops);
  return `${text.slice(0, at)}, ${random.pick(phrasebook.qualifiers)}${text.slice(at)}`;
};

const removeQualifier: Edit = (text, phrasebook, random) => {
  const present = phrasebook.removable.filter((phrase) => text.includes(phrase));
  if (present.length === 0) return deleteWords(text, phrasebook, random);
  return text.replace(new RegExp(`,?\\s*${escape(random.pick(present))}`), "");
};

const addSentence: Edit = (text, phrasebook, random) => `${text} ${random.pick(phrasebook.sentences)}`;

/**
 * Square brackets mark text not yet agreed. Once it is, the brackets go, or the bracketed text
 * with them; where none are left, a new disagreement brackets a few words.
 */
const settleBrackets: Edit = (text, _phrasebook, random) => {
  if (/\[[^\]]*\]/.test(text)) return random.below(2) === 0 ? text.replace(/[[\]]/g, "") : text.replace(/\s*\[[^\]]*\]/, "");
  const words = text.split(" ");
  const start = random.below(words.length);
  const end = Math.min(words.length, start + 2 + random.below(6));
  return [...words.slice(0, start), `[${words.slice(start, end).join(" ")}]`, ...words.slice(end)].join(" ");
};

const EDITS = [insertWord, deleteWords, rewordWord, addQualifier, removeQualifier, addSentence, settleBrackets];

/** The piece with `count` edits, each to one of its paragraphs. */
function edited(piece: Piece, count: number, phrasebook: Phrasebook, random: Random): Piece {
  const paragraphs = [...piece.article.paragraphs];
  for (let done = 0; done < count; done++) {
    const at = random.below(paragraphs.length);
    const paragraph = paragraphs[at]!;
    paragraphs[at] = { ...paragraph, text: random.pick(EDITS)(paragraph.text, phrasebook, random) };
  }
  return { ...piece, article: withParagraphs(piece.article, paragraphs) };
}

/** About half the articles get one to three edits: a reading between two sessions. */
export const editText: Transformation = (state, random) => ({
  ...state,
  pieces: state.pieces.map((piece) => (random.below(2) === 0 ? piece : edited(piece, 1 + random.below(3), state.phrasebook, random))),
});

/** A few contested articles are reworked heavily: eight to fifteen edits each. */
export const rewriteArticles: Transformation = (state, random) => {
  const chosen = new Set(Array.from({ length: 2 + random.below(3) }, () => random.below(state.pieces.length)));
  return {
    ...state,
    pieces: state.pieces.map((piece, index) => (chosen.has(index) ? edited(piece, 8 + random.below(8), state.phrasebook, random) : piece)),
  };
};

/** Headings reworded with synonyms, as a drafting committee tidies them. */
export const rewordHeadings: Transformation = (state) => ({
  ...state,
  pieces: state.pieces.map((piece) => ({
    ...piece,
    article: {
      ...piece.article,
      heading: piece.article.heading?.replace(/[\p{L}-]+/gu, (word) => state.phrasebook.synonyms[word.toLowerCase()] ?? word) ?? null,
    },
  })),
});

const share = (paragraph: AlignableParagraph, of: Piece) => paragraph.text.length / Math.max(1, of.article.text.length);

/**
 * A paragraph leaves its article for another one, usually in the same chapter. Only a paragraph
 * that is less than two fifths of its article, for an article longer than it: both are still
 * mostly what they were, so the answer key keeps both pairs.
 */
export const moveParagraph: Transformation = (state, random) => {
  const sources = candidates(state, (piece) => piece.article.paragraphs.some((p) => share(p, piece) < 0.4) && piece.article.paragraphs.length >= 2);
  const from = random.pick(sources);
  const source = state.pieces[from]!;
  const paragraph = random.pick(source.article.paragraphs.filter((p) => share(p, source) < 0.4));
  const roomy = (piece: Piece, index: number) => index !== from && piece.article.text.length > paragraph.text.length;
  const sameChapter = candidates(state, (piece, index) => roomy(piece, index) && piece.article.chapter === source.article.chapter);
  const to = random.pick(sameChapter.length > 0 && random.below(4) > 0 ? sameChapter : candidates(state, roomy));
  const target = state.pieces[to]!;
  const paragraphs = [...target.article.paragraphs];
  paragraphs.splice(random.below(paragraphs.length + 1), 0, paragraph);
  const left = replacePieces(state, from, 1, { ...source, article: withParagraphs(source.article, source.article.paragraphs.filter((p) => p !== paragraph)) });
  return replacePieces(left, to, 1, { ...target, article: withParagraphs(target.article, paragraphs) });
};
