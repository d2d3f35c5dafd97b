import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { RedlineSegment } from "../redline";
import { isRightToLeft } from "../text-direction";
import { paragraphDirection, runOptions } from "./runs";

// A redline as Word tracked changes: the reader accepts or rejects each amendment in Word's
// Review pane, and a reader who accepts them all has the proposed text.

export const REVISION_AUTHOR = "Draftwatch";

/** Numbers every tracked change: Word requires the ids of a document's revisions to be unique. */
export class Revisions {
  private lastId = 0;
  constructor(readonly date: string) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }
}

type Piece = { segment: RedlineSegment["type"]; text: string; breakBefore: boolean };

/** The segments as paragraphs (a blank line starts a new one), deletions and insertions tracked. */
export function redlineParagraphs(segments: readonly RedlineSegment[], revisions: Revisions, language: string): Paragraph[] {
  const paragraphs: Piece[][] = [[]];
  let breakBefore = false;
  for (const { type, text } of segments) {
    text.split(/(\n+)/).forEach((part, i) => {
      if (i % 2 === 1) {
        if (part.length > 1) paragraphs.push([]);
        breakBefore = part.length === 1;
      } else if (part !== "") {
        paragraphs.at(-1)?.push({ segment: type, text: part, breakBefore });
        breakBefore = false;
      }
    });
  }
  return paragraphs
    .filter((pieces) => pieces.length > 0)
    .map((pieces) => {
      const rtl = isRightToLeft(pieces.map((piece) => piece.text).join(""), language);
      return new Paragraph({ ...paragraphDirection(rtl), children: pieces.map((piece) => pieceRun(piece, rtl, revisions)) });
    });
}

function pieceRun({ segment, text, breakBefore }: Piece, rtl: boolean, revisions: Revisions): ParagraphChild {
  const options = runOptions(text, rtl, {}, breakBefore);
  if (segment === "equal") return new TextRun(options);
  const change = { id: revisions.nextId(), author: REVISION_AUTHOR, date: revisions.date };
  return segment === "insert" ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
}
