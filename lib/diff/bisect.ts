/** A stretch of code units to diff: `length` units of `units` from `start`. */
export interface Stretch {
  units: Uint16Array;
  start: number;
  length: number;
}

/** Where the middle snake splits two stretches: `x` units into the first, `y` into the second. */
export interface SplitPoint {
  x: number;
  y: number;
}

/**
 * diff-match-patch's middle-snake search (Myers 1986), step for step, without a deadline. The
 * original compares one-character strings from `charAt`, allocates untyped arrays for the
 * diagonals and reads the clock at every step: the largest part of a word diff's cost. Here: code
 * units read in place, reused typed arrays, no clock. Same paths, same split points. Null when the
 * stretches have no unit in common. Adapted from diff-match-patch (Copyright 2018 The
 * diff-match-patch Authors, Apache License 2.0, https://github.com/google/diff-match-patch), as
 * its own diff_bisect_ is.
 */
export function middleSnake(first: Stretch, second: Stretch): SplitPoint | null {
  const { units: units1, start: start1, length: length1 } = first;
  const { units: units2, start: start2, length: length2 } = second;
  const end1 = start1 + length1 - 1;
  const end2 = start2 + length2 - 1;
  const maxD = Math.ceil((length1 + length2) / 2);
  const offset = maxD;
  const vLength = 2 * maxD;
  const v1 = diagonals(0, vLength);
  const v2 = diagonals(1, vLength);
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
      while (x1 < length1 && y1 < length2 && units1[start1 + x1] === units2[start2 + y1]) {
        x1++;
        y1++;
      }
      v1[k1Offset] = x1;
      if (x1 > length1) k1end += 2;
      else if (y1 > length2) k1start += 2;
      else if (front) {
        const k2Offset = offset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] !== -1 && x1 >= length1 - v2[k2Offset]!) return { x: x1, y: y1 };
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = offset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2Offset - 1]! < v2[k2Offset + 1]!) ? v2[k2Offset + 1]! : v2[k2Offset - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < length1 && y2 < length2 && units1[end1 - x2] === units2[end2 - y2]) {
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
          if (x1 >= length1 - x2) return { x: x1, y: y1 };
        }
      }
    }
  }
  return null;
}

// The diagonals of one search, reused by the next: the split recurses only once they are read,
// and fresh arrays for each of the many small searches of a diff cost about a fifth of the search.
const scratch = [new Int32Array(0), new Int32Array(0)];

/** A scratch array whose first `length` cells, and two spare ones as a guard, are -1. */
function diagonals(which: 0 | 1, length: number): Int32Array {
  let array = scratch[which]!;
  if (array.length < length + 2) array = scratch[which] = new Int32Array(2 * (length + 2));
  array.fill(-1, 0, length + 2);
  return array;
}
