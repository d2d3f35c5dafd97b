import type { SidePiece, SideRun } from "./diff-side";

// A side's runs, cut into the parts that stand beside the other side's (lib/compare/shared-line-starts).
// A provision cut in two keeps its place in its stored text in both parts, so a selection in
// either still counts the stored text; a change cut in two is still one stop for the navigator.

function splitPiece(piece: SidePiece, length: number): [SidePiece, SidePiece] {
  return [
    { ...piece, text: piece.text.slice(0, length) },
    { ...piece, text: piece.text.slice(length), opStarts: false, startsHere: [] },
  ];
}

/** `at`: ascending offsets into the side's text, none at its start; one list of runs per part, `at.length + 1` of them. */
export function cutRuns(runs: readonly SideRun[], at: readonly number[]): SideRun[][] {
  const parts: SideRun[][] = [[]];
  let position = 0;
  for (const run of runs) {
    let offset = run.offset;
    let filling: SideRun | null = null;
    for (const whole of run.pieces) {
      let piece: SidePiece | null = whole;
      while (piece) {
        while (parts.length <= at.length && at[parts.length - 1]! <= position) {
          parts.push([]);
          filling = null;
        }
        const room = parts.length <= at.length ? at[parts.length - 1]! - position : Infinity;
        const [head, tail]: [SidePiece, SidePiece | null] = room < piece.text.length ? splitPiece(piece, room) : [piece, null];
        if (!filling) {
          filling = { provisionId: run.provisionId, offset: run.provisionId ? offset : 0, pieces: [] };
          parts.at(-1)!.push(filling);
        }
        filling.pieces.push(head);
        position += head.text.length;
        offset += head.text.length;
        piece = tail;
      }
    }
  }
  while (parts.length <= at.length) parts.push([]);
  return parts;
}
