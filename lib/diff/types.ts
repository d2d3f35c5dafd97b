/** One piece of a word-level comparison of two texts, in reading order. */
export type DiffOp =
  | { type: "equal" | "insert" | "delete"; text: string }
  | { type: "move-from" | "move-to"; text: string; moveId: number };

export interface DiffOptions {
  /** BCP 47 tag of the texts; only changes how words are split where a language needs it. */
  language?: string;
  ignoreWhitespace?: boolean;
  ignorePunctuation?: boolean;
}

export interface DiffStats {
  wordsInserted: number;
  wordsDeleted: number;
  /** Counted once per move (at its origin), not once per end. */
  wordsMoved: number;
}
