import { tokenKind } from "./tokenize";

/** A sentence, list item or line: the unit that can move. */
export interface Segment {
  index: number;
  /** Token range, trailing whitespace included. */
  start: number;
  end: number;
  words: number;
  /** Non-whitespace tokens, NFC and lower case: moved text compares case- and spacing-blind. */
  normalised: string[];
  key: string;
}

// Sentence ends after which whitespace closes a segment; the ideographic ones need no space.
const SENTENCE_END = new Set([".", ";", ":", "?", "!", "؟", "؛", "۔"]);
const IDEOGRAPHIC_SENTENCE_END = new Set(["。", "！", "？", "；"]);
// "1." and "a." label a paragraph; the text after them is the same sentence.
const LIST_LABEL = /^(?:\p{N}+|\p{L})$/u;

export function segmentsOf(tokens: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  tokens.forEach((token, at) => {
    if (endsSegment(tokens, at) || at + 1 === tokens.length) {
      segments.push(segment(tokens, segments.length, start, at + 1));
      start = at + 1;
    }
  });
  return segments;
}

function endsSegment(tokens: readonly string[], at: number): boolean {
  const token = tokens[at] ?? "";
  if (IDEOGRAPHIC_SENTENCE_END.has(token)) return true;
  if (tokenKind(token) !== "whitespace") return false;
  if (token.includes("\n")) return true;
  const mark = tokens[at - 1];
  const beforeMark = tokens[at - 2];
  const lineStart = tokens[at - 3];
  const isLabel = beforeMark !== undefined && LIST_LABEL.test(beforeMark) && (lineStart === undefined || lineStart.includes("\n"));
  return mark !== undefined && SENTENCE_END.has(mark) && !isLabel;
}

function segment(tokens: readonly string[], index: number, start: number, end: number): Segment {
  const slice = tokens.slice(start, end);
  const normalised = slice
    .filter((token) => tokenKind(token) !== "whitespace")
    .map((token) => token.normalize("NFC").toLowerCase());
  return {
    index,
    start,
    end,
    words: slice.filter((token) => tokenKind(token) === "word").length,
    normalised,
    key: normalised.join("\u0000"),
  };
}
