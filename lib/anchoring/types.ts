// The W3C Web Annotation selectors an annotation keeps, and what re-anchoring reports. Offsets
// are UTF-16 code units into the provision text as stored, so the browser can use them as is.

import type { DiffOp } from "../diff/types";

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  /** Up to 32 characters before `exact`, cut at a word boundary where possible. */
  prefix: string;
  /** Up to 32 characters after `exact`, cut at a word boundary where possible. */
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface TextTarget {
  provisionId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = "position" | "quote" | "fuzzy";

export type AnchorResult =
  | {
      status: "anchored";
      start: number;
      end: number;
      /** The words under the span are the quoted ones (up to Unicode and whitespace normalisation). */
      exact: boolean;
      method: AnchorMethod;
      /** Hypothesis-style score of the chosen span, 0..1. */
      score: number;
    }
  | {
      status: "orphaned";
      reason: string;
      /** Score of the closest passage that was turned down, when there was one. */
      closestScore?: number;
    };

export interface CarryResult {
  annotationId: string;
  outcome: "same" | "text-changed" | "orphaned";
  /** The new target, when anchored. */
  target?: TextTarget;
  /** Old quote against the words now under the annotation, when they changed. */
  diff?: DiffOp[];
  /** Why the annotation is orphaned. */
  reason?: string;
}
