import { markdownInline } from "../rich-text/markdown-inline";
import type { RedlineSegment } from "./redline";

// Plain text an analyst or a draft supplied, as Markdown that shows exactly those characters:
// the escaping of annotation bodies (lib/rich-text/markdown-inline.ts) applied to unformatted text.

/** One line or run of text, escaped; it may stand at the start of a line. */
function escapeRun(text: string): string {
  return text === "" ? "" : markdownInline([{ type: "text", text }]);
}

/** Text on one line, for headings and list items: a newline would end them. */
export function markdownLine(text: string): string {
  return escapeRun(text.replace(/\s+/g, " ").trim());
}

/** Text with its paragraphs ("\n\n") and line breaks ("\n") kept. */
export function markdownText(text: string): string {
  return markdownRedline([{ type: "equal", text }]);
}

const MARKERS: Record<RedlineSegment["type"], string> = { equal: "", delete: "~~", insert: "**" };

/**
 * ~~deleted~~ and **inserted** words. Each line is marked on its own, with its surrounding
 * spaces outside the markers, because CommonMark ignores a marker that opens on a space or
 * spans a paragraph break.
 */
export function markdownRedline(segments: readonly RedlineSegment[]): string {
  return segments
    .map(({ type, text }) =>
      text
        .split(/(\n+)/)
        .map((piece, i) => (i % 2 === 1 ? lineBreak(piece) : mark(piece, MARKERS[type])))
        .join(""),
    )
    .join("")
    // Indentation means nothing in a provision but four spaces would make a code block.
    .replace(/^[ \t]+/gm, "")
    .trim();
}

function lineBreak(newlines: string): string {
  // A backslash before the newline is CommonMark's hard line break.
  return newlines.length > 1 ? "\n\n" : "\\\n";
}

function mark(piece: string, marker: string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece) ?? [];
  if (core === "") return piece;
  return `${lead}${marker}${escapeRun(core)}${marker}${trail}`;
}
