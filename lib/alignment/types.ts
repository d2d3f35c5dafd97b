// Shapes shared by the alignment core: what it reads (articles and paragraphs flattened from a
// provision tree) and what it returns (pairs), so callers never depend on how pairs are found.

export interface AlignableParagraph {
  id: string;
  label: string | null;
  /** Own text plus the text of its subparagraphs, joined with "\n". */
  text: string;
}

export interface AlignableArticle {
  id: string;
  label: string | null;
  number: string | null;
  heading: string | null;
  /**
   * The enclosing chapter or part as "label — heading" (just the label when it has no heading),
   * null when none. Chapters are compared by the part after " — ", which survives renumbering.
   */
  chapter: string | null;
  /** The article's own text plus all descendants' text, joined with "\n". */
  text: string;
  /** The article's direct children, numbered or not. */
  paragraphs: AlignableParagraph[];
}

export type PairKind = "unchanged" | "changed" | "split" | "merged" | "added" | "removed";

export type PairReason = "confirmed" | "same-heading" | "similar-heading" | "similar-text" | "same-number";

export interface ParagraphPair {
  from: string | null;
  to: string | null;
  score: number;
  kind: "unchanged" | "changed" | "added" | "removed";
  moved: boolean;
}

export interface ArticlePair {
  /** Article ids; [] for an added article. */
  from: string[];
  /** Article ids; [] for a removed article. */
  to: string[];
  kind: PairKind;
  /** A one-to-one pair whose number changed. */
  renumbered: boolean;
  /** Now under a different chapter, or out of relative order. */
  moved: boolean;
  /** Similarity, 0..1. */
  score: number;
  reasons: PairReason[];
  /** Paragraph alignment of the pair's articles (all of them, for a split or merge); [] for an added or removed one. */
  paragraphs: ParagraphPair[];
}

export interface AlignArticlesOptions {
  /** Pairs an editor confirmed: kept as they are, the rest is aligned around them. */
  fixed?: { from: string[]; to: string[] }[];
  /** ISO 639-1 codes; when they differ, articles are paired by structure instead of words. */
  language?: { from?: string; to?: string };
}
