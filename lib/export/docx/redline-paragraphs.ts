import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { RedlineSegment } from "../redline";
import { redlineParagraphPieces, type RedlinePiece } from "../redline-lines";
import { isRightToLeft } from "../text-direction";
import { paragraphDirection, runOptions } from "./runs";

// A redline as Word tracked changes: the reader accepts or rejects each amendment in Word's
// Review pane, and a reader who accepts them all has the proposed text.

export const REVISION_AUTHOR = "Draftwatch";

/** Numbers every tracked change: Word requires the ids of a document's revisions to be unique. */
export class Revisions {
  private lastId = 0;
  readonly date: string;

  /** `generatedAt` (ISO 8601) dates every change of the document. */
  constructor(generatedAt: string) {
    this.date = revisionDate(generatedAt);
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }
}

/** Word reads a revision date as xsd:dateTime without fractions of a second. */
function revisionDate(iso: string): string {
  const time = Date.parse(iso);
  return new Date(Number.isNaN(time) ? 0 : time).toISOString().replace(/\.\d+Z$/, "Z");
}

/** The segments as paragraphs (a blank line starts a new one), deletions and insertions tracked. */
export function redlineParagraphs(segments: readonly RedlineSegment[], revisions: Revisions, language: string): Paragraph[] {
  return redlineParagraphPieces(segments).map((pieces) => {
    const rtl = isRightToLeft(pieces.map((piece) => piece.text).join(""), language);
    return new Paragraph({ ...paragraphDirection(rtl), children: pieces.map((piece) => pieceRun(piece, rtl, revisions)) });
  });
}

function pieceRun({ type, text, breakBefore }: RedlinePiece, rtl: boolean, revisions: Revisions): ParagraphChild {
  const options = runOptions(text, rtl, {}, breakBefore);
  if (type === "equal") return new TextRun(options);
  const change = { id: revisions.nextId(), author: REVISION_AUTHOR, date: revisions.date };
  return type === "insert" ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
}
