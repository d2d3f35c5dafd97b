import DiffMatchPatch from "diff-match-patch";

/** The step that splits at the middle snake and recurses; the typings leave it out. */
export interface Splitting {
  diff_bisectSplit_(text1: string, text2: string, x: number, y: number, deadline: number): DiffMatchPatch.Diff[];
}

/**
 * diff-match-patch's middle-snake search (Myers 1986), step for step, for an instance without a
 * deadline. The original compares one-character strings from `charAt`, allocates untyped arrays
 * for the diagonals and reads the clock at every step: the largest part of a word diff's cost.
 * Here: code units, reused typed arrays, no clock. Same paths, same split points, same diffs.
 * Adapted from diff-match-patch (Copyright 2018 The diff-match-patch Authors, Apache License 2.0,
 * https://github.com/google/diff-match-patch), as its own diff_bisect_ is.
 */
export function bisect(dmp: Splitting, text1: string, text2: string, deadline: number): DiffMatchPatch.Diff[] {
  const length1 = text1.length;
  const length2 = text2.length;
  const maxD = Math.ceil((length1 + length2) / 2);
  const offset = maxD;
  const vLength = 2 * maxD;
  const v1 = diagonals(0, vLength);
  const v2 = diagonals(1, vLength);
  const units1 = codeUnits(0, text1);
  const units2 = codeUnits(1, text2);
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const delta = length1 - length2;
  // With an odd total the front path collides with the reverse one, else the reverse with the front.
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = offset + k1;
      let x1 = k1 === -d || (k1 !== d && v1[k1Offset - 1]! < v1[k1Offset + 1]!) ? v1[k1Offset + 1]! : v1[k1Offset - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < length1 && y1 < length2 && units1[x1] === units2[y1]) {
        x1++;
        y1++;
      }
      v1[k1Offset] = x1;
      if (x1 > length1) k1end += 2;
      else if (y1 > length2) k1start += 2;
      else if (front) {
        const k2Offset = offset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] !== -1 && x1 >= length1 - v2[k2Offset]!) {
          return dmp.diff_bisectSplit_(text1, text2, x1, y1, deadline);
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = offset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2Offset - 1]! < v2[k2Offset + 1]!) ? v2[k2Offset + 1]! : v2[k2Offset - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < length1 && y2 < length2 && units1[length1 - x2 - 1] === units2[length2 - y2 - 1]) {
        x2++;
        y2++;
      }
      v2[k2Offset] = x2;
      if (x2 > length1) k2end += 2;
      else if (y2 > length2) k2start += 2;
      else if (!front) {
        const k1Offset = offset + delta - k2;
        if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] !== -1) {
          const x1 = v1[k1Offset]!;
          const y1 = offset + x1 - k1Offset;
          if (x1 >= length1 - x2) return dmp.diff_bisectSplit_(text1, text2, x1, y1, deadline);
        }
      }
    }
  }
  // No common character at all.
  return [
    [DiffMatchPatch.DIFF_DELETE, text1],
    [DiffMatchPatch.DIFF_INSERT, text2],
  ];
}

// The diagonals and texts of one search, reused by the next: the split recurses only once they
// are read, and fresh arrays for each of the many small searches of a diff cost about a fifth
// of the search.
const scratch = [new Int32Array(0), new Int32Array(0)];
const texts = [new Uint16Array(0), new Uint16Array(0)];

/** The text's code units in a scratch array: the halves a split recurses on are slices, slow to index. */
function codeUnits(which: 0 | 1, text: string): Uint16Array {
  let array = texts[which]!;
  if (array.length < text.length) array = texts[which] = new Uint16Array(2 * text.length);
  for (let at = 0; at < text.length; at++) array[at] = text.charCodeAt(at);
  return array;
}

/** A scratch array whose first `length` cells, and two spare ones as a guard, are -1. */
function diagonals(which: 0 | 1, length: number): Int32Array {
  let array = scratch[which]!;
  if (array.length < length + 2) array = scratch[which] = new Int32Array(2 * (length + 2));
  array.fill(-1, 0, length + 2);
  return array;
}
