import { countWords } from "./tokenize";
import type { DiffOp, DiffStats } from "./types";

export function diffStats(ops: readonly DiffOp[]): DiffStats {
  const stats: DiffStats = { wordsInserted: 0, wordsDeleted: 0, wordsMoved: 0 };
  for (const op of ops) {
    if (op.type === "insert") stats.wordsInserted += countWords(op.text);
    else if (op.type === "delete") stats.wordsDeleted += countWords(op.text);
    // move-to holds the same words again (give or take a near-equal edit).
    else if (op.type === "move-from") stats.wordsMoved += countWords(op.text);
  }
  return stats;
}
