import { diffEncoded } from "./dmp";
import { encodeTokens } from "./encode-tokens";

/** Share of tokens the two lists have in common, in order: 2·|LCS| / (|a| + |b|), from 0 to 1. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const encoded = encodeTokens(a, b);
  if (!encoded) return 0;
  const common = diffEncoded(encoded.before, encoded.after, { semantic: false })
    .filter((run) => run.type === "equal")
    .reduce((sum, run) => sum + run.length, 0);
  return (2 * common) / (a.length + b.length);
}

/**
 * Upper bound of tokenSimilarity that ignores order (common tokens as multisets), to skip
 * hopeless pairs at a fraction of the cost of the diff.
 */
export function maxSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
