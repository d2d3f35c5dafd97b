import { middleSnake, type Stretch } from "./bisect";
import type { PlainRun } from "./token-runs";

/**
 * diff-match-patch's diff_main without a deadline or line mode, step for step, on code units read
 * in place. The original cuts every half it recurses on out of the text as a new string and
 * concatenates strings to merge its results: on token-encoded drafts, more than the search itself.
 * Here a diff is its runs' lengths and a stretch is an offset into the units. Same steps, same
 * runs, as the tests check against the original. Adapted from diff-match-patch (Copyright 2018
 * The diff-match-patch Authors, Apache License 2.0, https://github.com/google/diff-match-patch).
 */
export function diffUnits(before: Uint16Array, after: Uint16Array): PlainRun[] {
  return diffMain({ units: before, start: 0, length: before.length }, { units: after, start: 0, length: after.length });
}

function diffMain(first: Stretch, second: Stretch): PlainRun[] {
  if (first.length === second.length && sameUnits(first.units, first.start, second.units, second.start, first.length)) {
    return first.length === 0 ? [] : [{ type: "equal", length: first.length }];
  }
  const prefix = commonPrefix(first, second);
  const suffix = commonSuffix(cut(first, prefix, first.length), cut(second, prefix, second.length));
  const diffs = compute(cut(first, prefix, first.length - suffix), cut(second, prefix, second.length - suffix));
  if (prefix > 0) diffs.unshift({ type: "equal", length: prefix });
  if (suffix > 0) diffs.push({ type: "equal", length: suffix });
  cleanupMerge(diffs, first, second);
  return diffs;
}

/** Assumes the stretches have no common prefix or suffix. */
function compute(first: Stretch, second: Stretch): PlainRun[] {
  if (first.length === 0) return [{ type: "insert", length: second.length }];
  if (second.length === 0) return [{ type: "delete", length: first.length }];
  // Equal lengths count the second stretch as the longer, as the original does.
  const firstLonger = first.length > second.length;
  const [long, short] = firstLonger ? [first, second] : [second, first];
  const at = indexOf(long, short);
  if (at !== -1) {
    // The shorter stretch is inside the longer one.
    const outer = firstLonger ? "delete" : "insert";
    return [
      { type: outer, length: at },
      { type: "equal", length: short.length },
      { type: outer, length: long.length - at - short.length },
    ];
  }
  // A single unit that is not in the other stretch.
  if (short.length === 1) {
    return [
      { type: "delete", length: first.length },
      { type: "insert", length: second.length },
    ];
  }
  const split = middleSnake(first, second);
  if (!split) {
    return [
      { type: "delete", length: first.length },
      { type: "insert", length: second.length },
    ];
  }
  const head = diffMain(cut(first, 0, split.x), cut(second, 0, split.y));
  return head.concat(diffMain(cut(first, split.x, first.length), cut(second, split.y, second.length)));
}

/**
 * Joins runs of one kind, factors out what the deletion and insertion of a change have in common
 * at either end, and slides a single edit over an equality when that removes it ("A<ins>BA</ins>C"
 * is "<ins>AB</ins>AC"), until nothing changes: diff-match-patch's diff_cleanupMerge.
 */
function cleanupMerge(diffs: PlainRun[], first: Stretch, second: Stretch): void {
  const { units: units1 } = first;
  const { units: units2 } = second;
  diffs.push({ type: "equal", length: 0 });
  let pointer = 0;
  let countDelete = 0;
  let countInsert = 0;
  let lengthDelete = 0;
  let lengthInsert = 0;
  // Where diffs[pointer] starts in each stretch.
  let at1 = first.start;
  let at2 = second.start;
  while (pointer < diffs.length) {
    const diff = diffs[pointer]!;
    if (diff.type !== "equal") {
      if (diff.type === "insert") [countInsert, lengthInsert, at2] = [countInsert + 1, lengthInsert + diff.length, at2 + diff.length];
      else [countDelete, lengthDelete, at1] = [countDelete + 1, lengthDelete + diff.length, at1 + diff.length];
      pointer++;
      continue;
    }
    // An equality: the changes before it are one deletion and one insertion, without redundancy.
    const end1 = at1 + diff.length;
    const end2 = at2 + diff.length;
    if (countDelete + countInsert > 1) {
      let deleteStart = at1 - lengthDelete;
      let insertStart = at2 - lengthInsert;
      if (countDelete !== 0 && countInsert !== 0) {
        const prefix = matchingLength(units2, insertStart, lengthInsert, units1, deleteStart, lengthDelete, 1);
        if (prefix !== 0) {
          const runStart = pointer - countDelete - countInsert;
          const before = diffs[runStart - 1];
          if (runStart > 0 && before?.type === "equal") before.length += prefix;
          else {
            diffs.splice(0, 0, { type: "equal", length: prefix });
            pointer++;
          }
          insertStart += prefix;
          deleteStart += prefix;
          lengthInsert -= prefix;
          lengthDelete -= prefix;
        }
        const suffix = matchingLength(units2, insertStart, lengthInsert, units1, deleteStart, lengthDelete, -1);
        if (suffix !== 0) {
          diffs[pointer]!.length += suffix;
          lengthInsert -= suffix;
          lengthDelete -= suffix;
        }
      }
      pointer -= countDelete + countInsert;
      diffs.splice(pointer, countDelete + countInsert);
      if (lengthDelete > 0) diffs.splice(pointer++, 0, { type: "delete", length: lengthDelete });
      if (lengthInsert > 0) diffs.splice(pointer++, 0, { type: "insert", length: lengthInsert });
      pointer++;
    } else if (pointer !== 0 && diffs[pointer - 1]!.type === "equal") {
      diffs[pointer - 1]!.length += diff.length;
      diffs.splice(pointer, 1);
    } else {
      pointer++;
    }
    at1 = end1;
    at2 = end2;
    countInsert = 0;
    countDelete = 0;
    lengthDelete = 0;
    lengthInsert = 0;
  }
  // The placeholder, unless a suffix went into it.
  if (diffs[diffs.length - 1]!.length === 0) diffs.pop();

  let changes = false;
  // Where diffs[pointer - 1] starts in each stretch.
  let start1 = first.start;
  let start2 = second.start;
  for (pointer = 1; pointer < diffs.length - 1; pointer++) {
    const previous = diffs[pointer - 1]!;
    const edit = diffs[pointer]!;
    const next = diffs[pointer + 1]!;
    if (previous.type !== "equal" || next.type !== "equal") {
      if (previous.type !== "insert") start1 += previous.length;
      if (previous.type !== "delete") start2 += previous.length;
      continue;
    }
    const [units, editStart] = edit.type === "insert" ? [units2, start2 + previous.length] : [units1, start1 + previous.length];
    if (previous.length <= edit.length && sameUnits(units, editStart + edit.length - previous.length, units, editStart - previous.length, previous.length)) {
      // The edit ends with the equality before it: shift the edit over it.
      next.length += previous.length;
      diffs.splice(pointer - 1, 1);
      if (edit.type !== "insert") start1 += edit.length;
      if (edit.type !== "delete") start2 += edit.length;
      changes = true;
    } else if (next.length <= edit.length && sameUnits(units, editStart, units, editStart + edit.length, next.length)) {
      // The edit starts with the equality after it: shift the edit over that one.
      previous.length += next.length;
      diffs.splice(pointer + 1, 1);
      start1 += previous.length;
      start2 += previous.length;
      changes = true;
    } else {
      start1 += previous.length;
      start2 += previous.length;
    }
  }
  if (changes) cleanupMerge(diffs, first, second);
}

function cut(stretch: Stretch, from: number, to: number): Stretch {
  return { units: stretch.units, start: stretch.start + from, length: to - from };
}

function sameUnits(units1: Uint16Array, start1: number, units2: Uint16Array, start2: number, length: number): boolean {
  for (let at = 0; at < length; at++) if (units1[start1 + at] !== units2[start2 + at]) return false;
  return true;
}

function commonPrefix(first: Stretch, second: Stretch): number {
  return matchingLength(first.units, first.start, first.length, second.units, second.start, second.length, 1);
}

function commonSuffix(first: Stretch, second: Stretch): number {
  return matchingLength(first.units, first.start, first.length, second.units, second.start, second.length, -1);
}

/** How many units two stretches have in common from their start (`direction` 1) or end (-1). */
function matchingLength(
  units1: Uint16Array,
  start1: number,
  length1: number,
  units2: Uint16Array,
  start2: number,
  length2: number,
  direction: 1 | -1,
): number {
  const most = Math.min(length1, length2);
  const [from1, from2] = direction === 1 ? [start1, start2] : [start1 + length1 - 1, start2 + length2 - 1];
  let length = 0;
  while (length < most && units1[from1 + direction * length] === units2[from2 + direction * length]) length++;
  return length;
}

/** Where `short` first occurs in `long`, as String.prototype.indexOf finds it; -1 if nowhere. */
function indexOf(long: Stretch, short: Stretch): number {
  const { units: longUnits, start: longStart } = long;
  const { units: shortUnits, start: shortStart, length } = short;
  const first = shortUnits[shortStart];
  for (let at = 0; at + length <= long.length; at++) {
    if (longUnits[longStart + at] === first && sameUnits(longUnits, longStart + at, shortUnits, shortStart, length)) return at;
  }
  return -1;
}
