import type { RedlineSegment } from "../redline";
import { redlineParagraphPieces, type RedlinePiece } from "../redline-lines";
import { isRightToLeft } from "../text-direction";
import { escapeHtml } from "./escape";

// A redline on paper: struck-out words in <del>, added words in <ins>, so the print shows what
// Word shows as tracked changes and a text extraction keeps both in reading order.

const TAGS: Record<RedlineSegment["type"], string | null> = { equal: null, delete: "del", insert: "ins" };

/**
 * The segments as paragraphs (a blank line starts a new one), each with its language and
 * direction. `leadHtml` (markup already escaped, such as a paragraph's label) opens the first.
 */
export function redlineHtml(segments: readonly RedlineSegment[], language: string, leadHtml = ""): string {
  return redlineParagraphPieces(segments)
    .map((pieces, i) => {
      const dir = isRightToLeft(pieces.map((piece) => piece.text).join(""), language) ? "rtl" : "ltr";
      return `<p lang="${escapeHtml(language)}" dir="${dir}">${i === 0 ? leadHtml : ""}${pieces.map(pieceHtml).join("")}</p>`;
    })
    .join("");
}

function pieceHtml({ type, text, breakBefore }: RedlinePiece): string {
  const tag = TAGS[type];
  const escaped = escapeHtml(text);
  return `${breakBefore ? "<br>" : ""}${tag ? `<${tag}>${escaped}</${tag}>` : escaped}`;
}
