import type { Side } from "./token-runs";
import type { TokenKind } from "./tokenize";

/** A sentence, list item or line: the unit that can move. */
export interface Segment {
  index: number;
  /** Token range, trailing whitespace included. */
  start: number;
  end: number;
  words: number;
  /** Non-whitespace tokens: what moved text is compared by. */
  size: number;
  /** The non-whitespace tokens, NFC and lower case, joined: moved text compares case- and spacing-blind. */
  key: string;
}

// Sentence ends after which whitespace closes a segment; the ideographic ones need no space.
const SENTENCE_END = new Set([".", ";", ":", "?", "!", "؟", "؛", "۔"]);
const IDEOGRAPHIC_SENTENCE_END = new Set(["。", "！", "？", "；"]);
// "1." and "a." label a paragraph; the text after them is the same sentence.
const LIST_LABEL = /^(?:\p{N}+|\p{L})$/u;

/**
 * Cuts the tokens into segments in one pass, each key built as its tokens go by rather than
 * gathered into an array and joined: this runs on both sides of every diff.
 */
export function segmentsOf({ tokens, kinds }: Pick<Side, "tokens" | "kinds">): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let words = 0;
  let size = 0;
  // The non-whitespace tokens, NUL-separated: U+0000 neither composes nor gives case context, so
  // normalising the whole once (a tenth of the calls) is normalising each token.
  let shown = "";
  for (let at = 0; at < tokens.length; at++) {
    const kind = kinds[at];
    if (kind !== "whitespace") {
      if (kind === "word") words++;
      shown = size++ === 0 ? tokens[at]! : `${shown}\u0000${tokens[at]!}`;
    }
    if (at + 1 === tokens.length || endsSegmentAt(tokens, kinds, at)) {
      segments.push({ index: segments.length, start, end: at + 1, words, size, key: normalise(shown) });
      start = at + 1;
      words = 0;
      size = 0;
      shown = "";
    }
  }
  return segments;
}

/** Whether token `at` closes its segment, whatever follows it. */
export function endsSegmentAt(tokens: readonly string[], kinds: readonly TokenKind[], at: number): boolean {
  // A word never ends a segment: most tokens need no further look.
  if (kinds[at] === "word") return false;
  const token = tokens[at] ?? "";
  if (kinds[at] === "punctuation") return IDEOGRAPHIC_SENTENCE_END.has(token);
  if (kinds[at] !== "whitespace") return false;
  if (token.includes("\n")) return true;
  const mark = tokens[at - 1];
  if (mark === undefined || kinds[at - 1] !== "punctuation" || !SENTENCE_END.has(mark)) return false;
  const beforeMark = tokens[at - 2];
  const lineStart = tokens[at - 3];
  const isLabel = beforeMark !== undefined && LIST_LABEL.test(beforeMark) && (lineStart === undefined || lineStart.includes("\n"));
  return !isLabel;
}

/**
 * The segment's non-whitespace tokens as its key compares them: the key's pieces, normalised
 * already. Token by token only when a token holds a U+0000 itself, which would cut it apart.
 */
export function normalisedTokens({ tokens, kinds }: Pick<Side, "tokens" | "kinds">, segment: Segment): string[] {
  if (segment.size === 0) return [];
  const pieces = segment.key.split("\u0000");
  if (pieces.length === segment.size) return pieces;
  const normalised: string[] = [];
  for (let at = segment.start; at < segment.end; at++) if (kinds[at] !== "whitespace") normalised.push(normalise(tokens[at]!));
  return normalised;
}

// Plain ASCII is its own NFC: most of an English draft.
const ASCII = /^[\x00-\x7f]*$/;

function normalise(text: string): string {
  return (ASCII.test(text) ? text : text.normalize("NFC")).toLowerCase();
}
