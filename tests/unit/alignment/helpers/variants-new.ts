// New articles as a later draft adds them: on a subject the draft did not cover, but written in its
// register, with the phrases its articles share ("Each Party shall adopt such legislative and other
// measures as may be necessary to establish as criminal offences under its domestic law…") and
// its pattern of headings. They look like the article they were modelled on; only what is
// particular to it is new.

import type { AlignableArticle, AlignableParagraph } from "../../../../lib/alignment/types";
import type { Subject } from "./phrasebooks";
import type { Random } from "./random";
import { replacePieces, withParagraphs, newId, type DraftState, type Piece, type Transformation } from "./variants";

const bare = (word: string) => word.replace(/^\P{L}+|\P{L}+$/gu, "").toLowerCase();

// Word pairs of each article, kept while the article is: variants add articles over and over.
const pairsOf = new WeakMap<AlignableArticle, Set<string>>();

function wordPairs(article: AlignableArticle): Set<string> {
  let pairs = pairsOf.get(article);
  if (!pairs) {
    const words = article.text.split(/\s+/).map(bare);
    pairs = new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
    pairsOf.set(article, pairs);
  }
  return pairs;
}

/** Word pairs found in several articles of the draft: its stock phrases. */
function stockPhrases(state: DraftState): Set<string> {
  const holders = new Map<string, number>();
  for (const piece of state.pieces) wordPairs(piece.article).forEach((pair) => holders.set(pair, (holders.get(pair) ?? 0) + 1));
  const least = Math.max(3, state.pieces.length / 10);
  return new Set([...holders].filter(([, count]) => count >= least).map(([pair]) => pair));
}

/**
 * The line as a drafter writes new conduct into an old template: its stock phrases kept, the
 * first long run of other words replaced by the new subject's conduct, every later run by as
 * many of its words.
 */
function rewrite(line: string, stock: ReadonlySet<string>, subject: Subject, random: Random, used: { conduct: boolean }): string {
  const words = line.split(" ");
  const bareWords = words.map(bare);
  const keep = bareWords.map((word, i) => stock.has(`${bareWords[i - 1] ?? ""} ${word}`) || stock.has(`${word} ${bareWords[i + 1] ?? ""}`));
  const conduct = subject.conduct.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (keep[i]) {
      out.push(words[i++]!);
      continue;
    }
    let end = i;
    while (end < words.length && !keep[end]) end++;
    const punctuation = words[end - 1]!.match(/\P{L}*$/u)?.[0] ?? "";
    const long = end - i >= 3 && !used.conduct;
    used.conduct ||= long;
    const start = random.below(Math.max(1, conduct.length - (end - i)));
    out.push(...(long ? conduct : conduct.slice(start, start + end - i)));
    out[out.length - 1] += punctuation;
    i = end;
  }
  return out.join(" ");
}

/**
 * The opening words the donor's heading shares with another heading ("Offences related to",
 * "Mutual assistance"), then the new subject: a heading in the draft's pattern that names
 * something else. Keeping more of the donor's heading would make the new article a reworded one.
 */
function newHeading(state: DraftState, donor: Piece, subject: Subject): string {
  const words = (donor.article.heading ?? "").split(/\s+/).filter((w) => w !== "");
  let shared = 0;
  for (const piece of state.pieces) {
    if (piece === donor) continue;
    const other = (piece.article.heading ?? "").split(/\s+/);
    let length = 0;
    while (length < words.length - 1 && bare(other[length] ?? "") === bare(words[length]!)) length++;
    shared = Math.max(shared, length);
  }
  return [...words.slice(0, shared), subject.heading].join(" ").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A new article modelled on `donor`: its stock phrases, paragraph layout and heading pattern, on a new subject. */
function modelledOn(state: DraftState, donor: Piece, random: Random): Piece {
  const stock = stockPhrases(state);
  const subject = random.pick(state.phrasebook.subjects);
  const used = { conduct: false };
  const paragraphs: AlignableParagraph[] = donor.article.paragraphs.slice(0, 1 + random.below(3)).map((p) => ({
    id: newId(),
    label: p.label,
    text: p.text.split("\n").map((line) => rewrite(line, stock, subject, random, used)).join("\n"),
  }));
  const heading = newHeading(state, donor, subject);
  return { article: withParagraphs(donor.article, paragraphs, { heading, label: null, number: null }), origins: [], lineage: "added", moved: false };
}

/** A new article somewhere, modelled on an article of the chapter it joins. */
export const addArticle: Transformation = (state, random) => {
  const at = random.below(state.pieces.length + 1);
  const chapter = state.pieces[Math.min(at, state.pieces.length - 1)]!.article.chapter;
  const donor = random.pick(state.pieces.filter((piece) => piece.article.chapter === chapter));
  return replacePieces(state, at, 0, modelledOn(state, donor, random));
};

/** An article dropped and a new one in its place, modelled on it: the hardest case for alignment. */
export const replaceArticle: Transformation = (state, random) => {
  const at = random.below(state.pieces.length);
  return replacePieces(state, at, 1, modelledOn(state, state.pieces[at]!, random));
};
