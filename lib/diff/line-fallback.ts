import { diffEncoded } from "./dmp";
import { encodeTokens } from "./encode-tokens";
import { mergeRuns, sliceSide, type PlainRun, type Side } from "./token-runs";

type DiffPart = (before: Side, after: Side, capacity: number) => PlainRun[];

/**
 * For texts with more distinct tokens than code units: first strip the common start and end
 * (often enough to fit), else diff whole lines, then diff each changed stretch of lines at token
 * level again with `diffPart`; such stretches hold far fewer distinct tokens. Only when even the
 * lines do not fit is a stretch shown as deleted and inserted whole: correct, merely coarse.
 */
export function diffByLines(before: Side, after: Side, capacity: number, diffPart: DiffPart): PlainRun[] {
  const prefix = commonPrefix(before.keys, after.keys);
  const suffix = commonSuffix(before.keys, after.keys, prefix);
  const innerBefore = sliceSide(before, prefix, before.keys.length - suffix);
  const innerAfter = sliceSide(after, prefix, after.keys.length - suffix);
  const inner =
    prefix + suffix > 0 ? diffPart(innerBefore, innerAfter, capacity) : diffLines(innerBefore, innerAfter, capacity, diffPart);
  return mergeRuns([{ type: "equal", length: prefix }, ...inner, { type: "equal", length: suffix }]);
}

function diffLines(before: Side, after: Side, capacity: number, diffPart: DiffPart): PlainRun[] {
  if (before.keys.length === 0 || after.keys.length === 0) return replaceAll(before, after);
  const beforeLines = lineRanges(before);
  const afterLines = lineRanges(after);
  const encoded = encodeTokens(lineKeys(before, beforeLines), lineKeys(after, afterLines), capacity);
  if (!encoded) return replaceAll(before, after);
  const lineRuns = diffEncoded(encoded.before, encoded.after, { semantic: false });
  if (!lineRuns.some((run) => run.type === "equal")) return replaceAll(before, after);

  const runs: PlainRun[] = [];
  let beforeLine = 0;
  let afterLine = 0;
  let changedFrom: { beforeLine: number; afterLine: number } | undefined;
  const flushChanged = () => {
    if (!changedFrom) return;
    const from = changedFrom;
    changedFrom = undefined;
    const partBefore = sliceSide(before, lineStart(beforeLines, from.beforeLine), lineStart(beforeLines, beforeLine));
    const partAfter = sliceSide(after, lineStart(afterLines, from.afterLine), lineStart(afterLines, afterLine));
    runs.push(...diffPart(partBefore, partAfter, capacity));
  };
  for (const run of lineRuns) {
    if (run.type === "equal") {
      flushChanged();
      const tokens = lineStart(beforeLines, beforeLine + run.length) - lineStart(beforeLines, beforeLine);
      runs.push({ type: "equal", length: tokens });
      beforeLine += run.length;
      afterLine += run.length;
    } else {
      changedFrom ??= { beforeLine, afterLine };
      if (run.type === "delete") beforeLine += run.length;
      else afterLine += run.length;
    }
  }
  flushChanged();
  return mergeRuns(runs);
}

/** Start token index of each line, plus the token count as the end of the last one. */
function lineRanges(side: Side): number[] {
  const starts = [0];
  side.tokens.forEach((token, index) => {
    if (token.includes("\n") && index + 1 < side.tokens.length) starts.push(index + 1);
  });
  starts.push(side.tokens.length);
  return starts;
}

function lineStart(ranges: readonly number[], line: number): number {
  return ranges[line] ?? ranges[ranges.length - 1] ?? 0;
}

function lineKeys(side: Side, ranges: readonly number[]): string[] {
  const keys: string[] = [];
  for (let line = 0; line + 1 < ranges.length; line++) {
    // Length-prefixed so that different token sequences can never join to the same key.
    keys.push(side.keys.slice(lineStart(ranges, line), lineStart(ranges, line + 1)).map((key) => `${key.length}:${key}`).join(""));
  }
  return keys;
}

function replaceAll(before: Side, after: Side): PlainRun[] {
  return mergeRuns([
    { type: "delete", length: before.keys.length },
    { type: "insert", length: after.keys.length },
  ]);
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function commonSuffix(a: readonly string[], b: readonly string[], prefix: number): number {
  let length = 0;
  while (
    length < a.length - prefix &&
    length < b.length - prefix &&
    a[a.length - 1 - length] === b[b.length - 1 - length]
  ) {
    length++;
  }
  return length;
}
