// Which transformations make each synthetic draft, from which real draft, and the variant with its
// answer key: the test and anyone replaying a failing seed build exactly the same drafts.

import type { AlignableArticle } from "../../../../lib/alignment/types";
import { budapestArticles, demoArticles } from "./drafts";
import { expectedPairs, type ExpectedPair } from "./expected";
import { ARABIC, DUTCH, ENGLISH, UN_ENGLISH, type Phrasebook } from "./phrasebooks";
import { seededRandom } from "./random";
import { finish, initialState, type Transformation } from "./variants";
import { addArticle, replaceArticle } from "./variants-new";
import {
  dropArticle,
  mergeArticles,
  moveToChapter,
  renumberAll,
  renumberChapters,
  reorderChapters,
  reorderParagraphs,
  shuffleChapter,
  splitArticle,
} from "./variants-structure";
import { editText, moveParagraph, rewordHeadings, rewriteArticles } from "./variants-text";

export const TRANSFORMATIONS: Record<string, Transformation> = {
  renumberAll,
  renumberChapters,
  reorderChapters,
  moveToChapter,
  splitArticle,
  mergeArticles,
  dropArticle,
  addArticle,
  replaceArticle,
  editText,
  rewriteArticles,
  rewordHeadings,
  moveParagraph,
  reorderParagraphs,
  shuffleChapter,
};
const NAMES = Object.keys(TRANSFORMATIONS);

// One whole reading of a draft, in the order a secretariat would make it.
const REDRAFT = [
  "editText", "rewriteArticles", "splitArticle", "mergeArticles", "moveParagraph", "dropArticle", "addArticle",
  "replaceArticle", "moveToChapter", "rewordHeadings", "renumberChapters", "renumberAll",
];

export interface Recipe {
  /** What the variant's figures are counted under: a transformation alone, "combined" or "redraft". */
  kind: string;
  seed: number;
  steps: string[];
}

/**
 * Per draft: each transformation twice over, random combinations of three to six, and whole
 * redrafts. Enough seeds to meet every kind of pair many times while the test stays quick.
 */
export function recipes(salt: number): Recipe[] {
  const single = NAMES.map((name, i) => ({ kind: name, seed: salt + 100 + i, steps: [name, name] }));
  const combined = Array.from({ length: 6 }, (_, i) => {
    const seed = salt + 9000 + i;
    const random = seededRandom(seed);
    return { kind: "combined", seed, steps: Array.from({ length: 3 + random.below(4) }, () => random.pick(NAMES)) };
  });
  const redrafts = [0, 1].map((i) => ({ kind: "redraft", seed: salt + 7000 + i, steps: REDRAFT }));
  return [...single, ...combined, ...redrafts];
}

export interface Source {
  name: string;
  articles: AlignableArticle[];
  phrasebook: Phrasebook;
}

export function sources(): Source[] {
  const { english, dutch } = budapestArticles();
  return [
    { name: "Budapest en", articles: english, phrasebook: ENGLISH },
    { name: "Budapest nl", articles: dutch, phrasebook: DUTCH },
    { name: "demo 1", articles: demoArticles("1"), phrasebook: UN_ENGLISH },
    { name: "demo 2", articles: demoArticles("2"), phrasebook: UN_ENGLISH },
    { name: "demo 3", articles: demoArticles("3"), phrasebook: UN_ENGLISH },
    { name: "demo 3 ar", articles: demoArticles("3ar"), phrasebook: ARABIC },
  ];
}

export function variant(source: Source, seed: number, steps: readonly string[]): { to: AlignableArticle[]; expected: ExpectedPair[] } {
  const random = seededRandom(seed);
  const state = steps.reduce((current, step) => TRANSFORMATIONS[step]!(current, random), initialState(source.articles, source.phrasebook));
  const to = finish(state, source.articles);
  return { to, expected: expectedPairs(source.articles, state, to) };
}
