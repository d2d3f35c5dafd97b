import type { Move } from "./detect-moves";
import { diffTokens } from "./diff-tokens";
import { mergeRuns, type PlainRun, type Side, type TokenRun } from "./token-runs";

/**
 * Diffs what is left once moved text is taken out of both sides, then threads the moved tokens
 * back in at their places, so each text still reads back in order from the runs.
 */
export function diffAroundMoves(before: Side, after: Side, moves: readonly Move[]): TokenRun[] {
  if (moves.length === 0) return diffTokens(before, after);
  const movedBefore = new Int32Array(before.tokens.length);
  const movedAfter = new Int32Array(after.tokens.length);
  for (const move of moves) {
    movedBefore.fill(move.id, move.beforeStart, move.beforeEnd);
    movedAfter.fill(move.id, move.afterStart, move.afterEnd);
  }
  const steps = diffTokens(staying(before, movedBefore), staying(after, movedAfter)).flatMap((run) =>
    Array<PlainRun["type"]>(run.length).fill(run.type),
  );

  const runs: TokenRun[] = [];
  let beforeAt = 0;
  let afterAt = 0;
  let step = 0;
  while (beforeAt < before.tokens.length || afterAt < after.tokens.length) {
    const fromId = movedBefore[beforeAt] ?? 0;
    const toId = movedAfter[afterAt] ?? 0;
    if (fromId > 0) {
      runs.push({ type: "move-from", length: 1, moveId: fromId });
      beforeAt++;
    } else if (toId > 0) {
      runs.push({ type: "move-to", length: 1, moveId: toId });
      afterAt++;
    } else {
      const type = steps[step++];
      if (type === undefined) throw new Error("diff of the unmoved text ran out before the texts did");
      runs.push({ type, length: 1 });
      if (type !== "insert") beforeAt++;
      if (type !== "delete") afterAt++;
    }
  }
  return mergeRuns(runs);
}

function staying(side: Side, moved: Int32Array): Side {
  const staysAt = (_: unknown, index: number) => moved[index] === 0;
  return { tokens: side.tokens.filter(staysAt), kinds: side.kinds.filter(staysAt), keys: side.keys.filter(staysAt) };
}
