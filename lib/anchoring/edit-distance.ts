// Levenshtein distance of two whole strings. approx-string-match scores the best substring, not
// a given span, so once a fuzzy span has been fitted to its context its errors are counted here.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Int32Array.from({ length: b.length + 1 }, (_, column) => column);
  let current = new Int32Array(b.length + 1);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    const code = a.charCodeAt(row - 1);
    for (let column = 1; column <= b.length; column++) {
      const substitution = previous[column - 1]! + (code === b.charCodeAt(column - 1) ? 0 : 1);
      current[column] = Math.min(substitution, previous[column]! + 1, current[column - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
