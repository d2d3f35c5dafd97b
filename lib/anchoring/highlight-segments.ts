// Splits a provision's text into runs covered by the same annotations, so the page can wrap
// annotated words in <mark> without adding a character to the text: offsets taken from a
// selection in the browser then still count the stored text, code unit for code unit.

import { isClusterBoundary } from "./characters";

export interface Highlight {
  annotationId: string;
  /** UTF-16 offsets into the provision text as stored (TextPositionSelector). */
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** The annotations covering this run, in the order given; empty for plain text. */
  annotationIds: string[];
  /** The annotations whose highlight begins with this run: where a link to them should land. */
  startsHere: string[];
}

// A cut inside a surrogate pair or before a combining mark would split a character in two
// halves that render as garbage: such offsets move outwards to the whole character.
function snapBack(text: string, index: number): number {
  let at = Math.max(0, Math.min(index, text.length));
  while (!isClusterBoundary(text, at)) at--;
  return at;
}

function snapForward(text: string, index: number): number {
  let at = Math.max(0, Math.min(index, text.length));
  while (!isClusterBoundary(text, at)) at++;
  return at;
}

/**
 * The runs of `text` between `from` and `to` (a paragraph of a longer provision), each with the
 * highlights over it. Highlights outside the window, empty or reversed, are left out; the runs
 * always read back to the window's text exactly.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[], from = 0, to = text.length): TextSegment[] {
  const windowStart = Math.max(0, from);
  const windowEnd = Math.min(text.length, to);
  if (windowEnd <= windowStart) return [];
  const spans = highlights
    .map((h) => ({ id: h.annotationId, start: snapBack(text, h.start), end: snapForward(text, h.end) }))
    .filter((h) => h.end > h.start && h.end > windowStart && h.start < windowEnd);
  const cuts = new Set([windowStart, windowEnd]);
  for (const span of spans) {
    if (span.start > windowStart) cuts.add(span.start);
    if (span.end < windowEnd) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      annotationIds: covering.map((s) => s.id),
      // A highlight that began before the window lands on the window's first run.
      startsHere: covering.filter((s) => Math.max(s.start, windowStart) === start).map((s) => s.id),
    });
  }
  return segments;
}
