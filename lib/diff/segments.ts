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

export function segmentsOf({ tokens, kinds }: Pick<Side, "tokens" | "kinds">): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  tokens.forEach((_, at) => {
    if (endsSegment(tokens, kinds, at) || at + 1 === tokens.length) {
      segments.push(segment(tokens, kinds, segments.length, start, at + 1));
      start = at + 1;
    }
  });
  return segments;
}

function endsSegment(tokens: readonly string[], kinds: readonly TokenKind[], at: number): boolean {
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

function segment(tokens: readonly string[], kinds: readonly TokenKind[], index: number, start: number, end: number): Segment {
  const shown: string[] = [];
  let words = 0;
  for (let at = start; at < end; at++) {
    if (kinds[at] === "word") words++;
    if (kinds[at] !== "whitespace") shown.push(tokens[at]!);
  }
  // Normalised whole, not token by token (a tenth of the calls): U+0000 neither composes nor
  // gives case context, so this is the tokens' own forms joined.
  return { index, start, end, words, size: shown.length, key: normalise(shown.join("\u0000")) };
}

/** The segment's non-whitespace tokens as its key compares them. */
export function normalisedTokens({ tokens, kinds }: Pick<Side, "tokens" | "kinds">, segment: Segment): string[] {
  const normalised: string[] = [];
  for (let at = segment.start; at < segment.end; at++) if (kinds[at] !== "whitespace") normalised.push(normalise(tokens[at]!));
  return normalised;
}

// Plain ASCII is its own NFC: most of an English draft.
const ASCII = /^[\x00-\x7f]*$/;

function normalise(text: string): string {
  return (ASCII.test(text) ? text : text.normalize("NFC")).toLowerCase();
}
