// Matching runs on a normalised copy of the text (NFC, each run of whitespace one space), so a
// quote copied from a browser (decomposed accents, non-breaking spaces, re-flowed lines) still
// matches; offsets are mapped back so callers only ever see offsets into the original.

/** A provision text ready for matching. Prepare it once and reuse it for every annotation on it. */
export interface PreparedText {
  original: string;
  normalised: string;
  /** For each normalised code unit, where the original cluster it comes from starts. */
  starts: Int32Array;
  /** For each normalised code unit, where the original cluster it comes from ends. */
  ends: Int32Array;
  /** For each original offset (and the end), the normalised offset of the cluster holding it. */
  fromOriginal: Int32Array;
}

// A whitespace run, or one character with the marks and joiners that belong to it: NFC is
// applied per cluster so that every normalised unit maps back to whole original characters.
const CLUSTER = /\s+|[^\s](?:\p{M}|\u200D[^\s]?)*/gu;

export function prepareText(original: string): PreparedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const fromOriginal = new Int32Array(original.length + 1);
  let length = 0;
  for (const match of original.matchAll(CLUSTER)) {
    const start = match.index;
    const end = start + match[0].length;
    const piece = normaliseCluster(match[0]);
    fromOriginal.fill(length, start, end);
    pieces.push(piece);
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(start);
      ends.push(end);
    }
    length += piece.length;
  }
  fromOriginal[original.length] = length;
  return { original, normalised: pieces.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends), fromOriginal };
}

/** The normalised form of a quote or its context, comparable with `PreparedText.normalised`. */
export function normaliseForMatching(text: string): string {
  return text.replace(CLUSTER, normaliseCluster);
}

function normaliseCluster(cluster: string): string {
  return /^\s/.test(cluster) ? " " : cluster.normalize("NFC");
}

/** Maps a normalised range back to the original, widened to whole characters. */
export function originalRange(prepared: PreparedText, start: number, end: number): { start: number; end: number } {
  const textEnd = prepared.original.length;
  if (end <= start) {
    const offset = start < prepared.starts.length ? prepared.starts[start]! : textEnd;
    return { start: offset, end: offset };
  }
  return { start: prepared.starts[start] ?? textEnd, end: prepared.ends[end - 1] ?? textEnd };
}

/** Maps an original offset into the normalised text (clamped to the text). */
export function normalisedOffset(prepared: PreparedText, offset: number): number {
  const clamped = Math.min(Math.max(0, Math.round(offset)), prepared.original.length);
  return prepared.fromOriginal[clamped]!;
}
