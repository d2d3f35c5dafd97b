import { highlightSegments, type Highlight } from "../anchoring/highlight-segments";
import type { DiffOp } from "../diff/types";

// One side of a comparison (the earlier draft's words, or the later draft's) cut so that each
// provision's words can be selected and highlighted like on the draft page. The diff compares
// whole articles or paragraphs, with subparagraph numbers written into the text; a selection
// must count the provision's own stored text, so each provision is found in the side's text and
// the pieces of the diff are cut at its edges and at its highlights.

export interface ProvisionText { id: string; text: string }

export interface SidePiece {
  text: string;
  /** The diff op this piece belongs to (its index among the side's ops). */
  op: number;
  /** The op's first piece: where a change starts, for the change navigator. */
  opStarts: boolean;
  annotationIds: string[];
  startsHere: string[];
}

export interface SideRun {
  /** The provision whose text this run is, or null for numbers and line breaks between provisions. */
  provisionId: string | null;
  /** Where the run starts in the provision's stored text. */
  offset: number;
  pieces: SidePiece[];
}

interface Located { id: string; start: number; end: number }

// In reading order, each provision's text after the previous one's; a provision whose text the
// side does not hold as stored (a change hidden by "ignore whitespace") is left unselectable.
function locate(sideText: string, provisions: readonly ProvisionText[]): Located[] {
  const located: Located[] = [];
  let cursor = 0;
  for (const { id, text } of provisions) {
    if (text === "") continue;
    const start = sideText.indexOf(text, cursor);
    if (start < 0) continue;
    located.push({ id, start, end: start + text.length });
    cursor = start + text.length;
  }
  return located;
}

/**
 * The side's ops (already limited to what the side shows) as runs of provision text and runs
 * between provisions; reading the pieces back in order gives the ops' text exactly.
 */
export function diffSideRuns(ops: readonly DiffOp[], provisions: readonly ProvisionText[], highlights: ReadonlyMap<string, readonly Highlight[]>): SideRun[] {
  const opStarts: number[] = [];
  let sideText = "";
  for (const op of ops) {
    opStarts.push(sideText.length);
    sideText += op.text;
  }
  const located = locate(sideText, provisions);
  const texts = new Map(provisions.map((p) => [p.id, p.text]));
  // Highlight runs in side coordinates: where each provision's annotated words begin and end.
  const marks = located.flatMap((place) =>
    highlightSegments(texts.get(place.id)!, highlights.get(place.id) ?? []).map((segment) => ({ ...segment, start: place.start + segment.start, end: place.start + segment.end })),
  );
  const cuts = [...new Set([0, sideText.length, ...opStarts, ...located.flatMap((p) => [p.start, p.end]), ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);

  const runs: SideRun[] = [];
  let op = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    while (op + 1 < ops.length && opStarts[op + 1]! <= start) op++;
    const place = located.find((p) => p.start <= start && end <= p.end) ?? null;
    const mark = marks.find((m) => m.start <= start && end <= m.end);
    const piece: SidePiece = {
      text: sideText.slice(start, end),
      op,
      opStarts: opStarts[op] === start,
      annotationIds: mark?.annotationIds ?? [],
      startsHere: mark && mark.start === start ? mark.startsHere : [],
    };
    const last = runs.at(-1);
    if (last && last.provisionId === (place?.id ?? null) && (place === null || place.start !== start)) last.pieces.push(piece);
    else runs.push({ provisionId: place?.id ?? null, offset: place ? start - place.start : 0, pieces: [piece] });
  }
  return runs;
}

interface TreeNode { id: string; text: string; children: readonly TreeNode[] }

/**
 * The provisions a compared article or paragraph spells out, in reading order: each with its
 * descendants. The alignment names an article's own text (its chapeau) "<article id>:text".
 */
export function provisionsOf(ids: readonly string[], byId: ReadonlyMap<string, TreeNode>): ProvisionText[] {
  const withDescendants = (node: TreeNode): ProvisionText[] => [{ id: node.id, text: node.text }, ...node.children.flatMap(withDescendants)];
  return ids.flatMap((id) => {
    const node = byId.get(id);
    if (node) return withDescendants(node);
    const article = id.endsWith(":text") ? byId.get(id.slice(0, -":text".length)) : undefined;
    return article ? [{ id: article.id, text: article.text }] : [];
  });
}
