import type { RedlineSegment } from "./redline";

// How a redline is laid out on paper, whatever the format: a blank line in any segment starts a
// new paragraph, a single newline breaks the line, and a change stays one piece within each.

export interface RedlinePiece {
  type: RedlineSegment["type"];
  text: string;
  /** A line break comes before this piece. */
  breakBefore: boolean;
}

/** The segments as paragraphs of pieces; paragraphs left empty are dropped. */
export function redlineParagraphPieces(segments: readonly RedlineSegment[]): RedlinePiece[][] {
  const paragraphs: RedlinePiece[][] = [[]];
  let breakBefore = false;
  for (const { type, text } of segments) {
    text.split(/(\n+)/).forEach((part, i) => {
      if (i % 2 === 1) {
        if (part.length > 1) paragraphs.push([]);
        breakBefore = part.length === 1;
      } else if (part !== "") {
        paragraphs.at(-1)?.push({ type, text: part, breakBefore });
        breakBefore = false;
      }
    });
  }
  return paragraphs.filter((pieces) => pieces.length > 0);
}
