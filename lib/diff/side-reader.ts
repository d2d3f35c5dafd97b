import type { SegmentedSide } from "./detect-moves";
import type { SpelledSide } from "./runs-to-ops";
import { endsSegmentAt, segmentsOf, type Segment } from "./segments";
import { scanTokens, type TokenKind } from "./tokenize";
import type { DiffOptions } from "./types";

/** A side as the word diff reads it: its tokens and keys, and the segments that can move. */
export type ReadSide = SpelledSide & SegmentedSide;

interface Part extends Omit<ReadSide, "text"> {
  /** Neither empty nor starting or ending with whitespace, which would run into a line break beside it as one token. */
  joinable: boolean;
  /** Its last token ends a segment by itself (an ideographic full stop): a line break after it is a segment of its own. */
  closed: boolean;
}

const LINE_BREAK = "\n";

/**
 * Reads the texts of one comparison into sides, each text once. An article's text is its
 * paragraphs joined by line breaks, and the draft comparison diffs the article and then its
 * changed paragraphs, whose texts also come again in the other draft when they are unchanged:
 * such a side is the paragraphs' tokens and segments joined, not the whole text read again.
 */
export class SideReader {
  private readonly parts = new Map<string, Part>();

  constructor(private readonly options: DiffOptions) {}

  read(text: string): ReadSide {
    return withText(text, this.part(text));
  }

  /** The side of `text`, which is `parts` joined by line breaks. */
  readJoined(text: string, parts: readonly string[]): ReadSide {
    if (parts.length === 1) return this.read(text);
    const read = parts.map((part) => this.part(part));
    return withText(text, read.every((part) => part.joinable) ? this.join(read) : this.scan(text));
  }

  private part(text: string): Part {
    let part = this.parts.get(text);
    if (!part) {
      const { tokens, kinds, keys, segments } = this.scan(text);
      const last = tokens.length - 1;
      const joinable = last >= 0 && kinds[0] !== "whitespace" && kinds[last] !== "whitespace";
      part = { tokens, kinds, keys, segments, joinable, closed: joinable && endsSegmentAt(tokens, kinds, last) };
      this.parts.set(text, part);
    }
    return part;
  }

  private scan(text: string): Omit<ReadSide, "text"> {
    const { tokens, kinds } = scanTokens(text, this.options.language);
    const keys = this.options.ignoreWhitespace || this.options.ignorePunctuation ? tokens.map((token, index) => this.compareKey(token, kinds[index]!)) : tokens;
    return { tokens, kinds, keys, segments: segmentsOf({ tokens, kinds }) };
  }

  /** The parts' tokens with a line break token between each two, and their segments renumbered. */
  private join(parts: readonly Part[]): Omit<ReadSide, "text"> {
    const tokens: string[] = [];
    const kinds: TokenKind[] = [];
    const keys: string[] = [];
    const segments: Segment[] = [];
    const breakKey = this.compareKey(LINE_BREAK, "whitespace");
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      if (index > 0) {
        const at = tokens.length;
        tokens.push(LINE_BREAK);
        kinds.push("whitespace");
        keys.push(breakKey);
        // The break is the trailing whitespace of the last segment before it, or a segment alone.
        if (parts[index - 1]!.closed) segments.push({ index: segments.length, start: at, end: at + 1, words: 0, size: 0, key: "" });
        else segments[segments.length - 1]!.end = at + 1;
      }
      const offset = tokens.length;
      for (let at = 0; at < part.tokens.length; at++) {
        tokens.push(part.tokens[at]!);
        kinds.push(part.kinds[at]!);
        keys.push(part.keys[at]!);
      }
      for (const { start, end, words, size, key } of part.segments) {
        segments.push({ index: segments.length, start: start + offset, end: end + offset, words, size, key });
      }
    }
    return { tokens, kinds, keys, segments };
  }

  // Ignored kinds share one key, so a different run of spaces or another punctuation mark in the
  // same place lines up as equal instead of splitting the words around it into changes.
  private compareKey(token: string, kind: TokenKind): string {
    if (this.options.ignoreWhitespace && kind === "whitespace") return " ";
    if (this.options.ignorePunctuation && kind === "punctuation") return ".";
    return token;
  }
}

function withText(text: string, { tokens, kinds, keys, segments }: Omit<ReadSide, "text">): ReadSide {
  return { text, tokens, kinds, keys, segments };
}
