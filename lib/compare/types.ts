import type { AlignableArticle, AlignableParagraph, ArticlePair, ParagraphPair } from "../alignment/types";
import type { DiffOp, DiffStats } from "../diff/types";

/** A pairing as stored or computed, before its paragraphs are aligned. */
export type ArticlePairing = Omit<ArticlePair, "paragraphs"> & { confirmed?: boolean };

export interface ComparedParagraph extends Omit<ParagraphPair, "from" | "to"> {
  from: AlignableParagraph | null;
  to: AlignableParagraph | null;
  ops: DiffOp[];
}

export interface ComparedPair extends Omit<ArticlePairing, "from" | "to"> {
  from: AlignableArticle[];
  to: AlignableArticle[];
  /** The heading's own diff: headings are reworded as often as text. */
  headingOps: DiffOp[];
  /** The whole text of the pair, word by word (for splits and merges, the texts joined). */
  ops: DiffOp[];
  /** Paragraph by paragraph, across all the articles of a split or merge; empty for an added or removed article. */
  paragraphs: ComparedParagraph[];
  stats: DiffStats;
}

export interface CompareSummary {
  articles: { from: number; to: number };
  unchanged: number;
  changed: number;
  added: number;
  removed: number;
  renumbered: number;
  moved: number;
  split: number;
  merged: number;
  wordsInserted: number;
  wordsDeleted: number;
  wordsMoved: number;
}

export interface Comparison {
  summary: CompareSummary;
  pairs: ComparedPair[];
}
