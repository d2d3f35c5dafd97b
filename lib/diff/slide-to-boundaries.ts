import type { TokenKind } from "./tokenize";
import { mergeRuns, takesAfter, takesBefore, type PlainRun, type Side } from "./token-runs";

/**
 * An insertion or deletion between two equal stretches can often sit at several places
 * ("a, b" + ", c" may be shown as "a[, c], b" or "a, [c, ]b"). diff-match-patch picks the place
 * by looking at characters, which after token encoding are meaningless, so this redoes its
 * semantic-lossless pass on tokens: the edit moves to where it starts and ends at the strongest
 * boundaries (text edge > blank line > line break > sentence end > space > punctuation).
 */
export function slideToBoundaries(runs: readonly PlainRun[], before: Side, after: Side): PlainRun[] {
  const slid = runs.map((run) => ({ ...run }));
  let beforeAt = 0;
  let afterAt = 0;
  for (let index = 0; index < slid.length; index++) {
    const previous = slid[index - 1];
    const edit = slid[index];
    const next = slid[index + 1];
    if (edit && previous?.type === "equal" && next?.type === "equal" && (edit.type === "insert" || edit.type === "delete")) {
      const side = edit.type === "delete" ? before : after;
      const start = edit.type === "delete" ? beforeAt : afterAt;
      const shift = bestShift(side, start, edit.length, previous.length, next.length);
      previous.length += shift;
      next.length -= shift;
      // The equal before the edit, already counted, grew or shrank on both sides.
      beforeAt += shift;
      afterAt += shift;
    }
    if (edit && takesBefore(edit)) beforeAt += edit.length;
    if (edit && takesAfter(edit)) afterAt += edit.length;
  }
  return mergeRuns(slid);
}

/** How far to move the edit (negative = left), given the equal lengths around it. */
function bestShift(side: Side, start: number, length: number, roomLeft: number, roomRight: number): number {
  const { keys, tokens, kinds } = side;
  let shift = 0;
  while (-shift < roomLeft && keys[start + shift - 1] === keys[start + shift + length - 1]) shift--;
  let best = shift;
  let bestScore = -1;
  for (;;) {
    const editStart = start + shift;
    const editEnd = editStart + length;
    const leftRoom = roomLeft + shift;
    const rightRoom = roomRight - shift;
    const score =
      boundaryScore(tokens, kinds, leftRoom > 0 ? editStart - 1 : -1, editStart) +
      boundaryScore(tokens, kinds, editEnd - 1, rightRoom > 0 ? editEnd : -1);
    // Ties go right, as in diff-match-patch.
    if (score >= bestScore) {
      bestScore = score;
      best = shift;
    }
    if (rightRoom === 0 || keys[editStart] !== keys[editEnd]) return best;
    shift++;
  }
}

// Compiled once: the scores are read for every place an edit could slide to.
const LINE_BREAK = /[\r\n]/;
const BLANK_LINE = /\n[^\S\n]*\n/;

/** Score of the boundary between tokens `leftAt` and `rightAt`; -1 or past the end is the text's edge. */
function boundaryScore(tokens: readonly string[], kinds: readonly TokenKind[], leftAt: number, rightAt: number): number {
  const left = tokens[leftAt];
  const right = tokens[rightAt];
  const leftKind = kinds[leftAt];
  const rightKind = kinds[rightAt];
  if (left === undefined || right === undefined || leftKind === undefined || rightKind === undefined) return 6;
  if (isBlankLine(left) || isBlankLine(right)) return 5;
  if (LINE_BREAK.test(left) || LINE_BREAK.test(right)) return 4;
  if (leftKind === "punctuation" && rightKind === "whitespace") return 3;
  if (leftKind === "whitespace" || rightKind === "whitespace") return 2;
  if (leftKind !== "word" || rightKind !== "word") return 1;
  return 0;
}

function isBlankLine(token: string): boolean {
  return BLANK_LINE.test(token);
}
