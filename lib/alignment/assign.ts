// Greedy best-first one-to-one assignment: the most similar pair is settled first, then the next
// among what is left. On drafts, where most articles have one clear counterpart, it finds the same
// pairs as an optimal assignment at a fraction of the cost, and its choices are easy to explain.

export interface ScoreMatrix {
  rows: number;
  columns: number;
  /** Row-major scores, 0..1. */
  values: Float64Array;
}

export interface Assignment {
  /** For each row, its column or -1. */
  rowToColumn: Int32Array;
  /** For each column, its row or -1. */
  columnToRow: Int32Array;
}

// Scores closer than this are a tie, settled by `tieBreak`: floating-point noise is no evidence.
const TIE = 1e-9;

/**
 * Pairs rows and columns scoring at least `threshold`, best first. `allowed` excludes cells (rows
 * or columns already taken elsewhere); `tieBreak` orders equal scores, lower first.
 */
export function assignGreedy(
  matrix: ScoreMatrix,
  threshold: number,
  allowed: (row: number, column: number) => boolean,
  tieBreak: (row: number, column: number) => number,
): Assignment {
  const rowOf = (cell: number) => Math.floor(cell / matrix.columns);
  const columnOf = (cell: number) => cell % matrix.columns;
  const candidates: number[] = [];
  matrix.values.forEach((score, cell) => {
    if (score >= threshold && allowed(rowOf(cell), columnOf(cell))) candidates.push(cell);
  });
  candidates.sort((a, b) => {
    const difference = matrix.values[b]! - matrix.values[a]!;
    if (Math.abs(difference) > TIE) return difference;
    return tieBreak(rowOf(a), columnOf(a)) - tieBreak(rowOf(b), columnOf(b));
  });
  const rowToColumn = new Int32Array(matrix.rows).fill(-1);
  const columnToRow = new Int32Array(matrix.columns).fill(-1);
  for (const cell of candidates) {
    const row = rowOf(cell);
    const column = columnOf(cell);
    if (rowToColumn[row] !== -1 || columnToRow[column] !== -1) continue;
    rowToColumn[row] = column;
    columnToRow[column] = row;
  }
  return { rowToColumn, columnToRow };
}
