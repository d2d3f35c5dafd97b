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
 * hopeless pairs at a fraction of the cost of the diff. One list is counted once and compared
 * with many: a segment is measured against every segment of a length that can come close.
 */
export class TokenBag {
  private readonly counts = new Map<string, number>();
  // The tokens a comparison took out of `counts`, put back before it returns.
  private readonly taken: string[] = [];

  constructor(private readonly tokens: readonly string[]) {
    for (const token of tokens) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  maxSimilarity(other: readonly string[]): number {
    if (this.tokens.length + other.length === 0) return 1;
    for (const token of other) {
      const left = this.counts.get(token) ?? 0;
      if (left > 0) {
        this.taken.push(token);
        this.counts.set(token, left - 1);
      }
    }
    const common = this.taken.length;
    for (const token of this.taken) this.counts.set(token, this.counts.get(token)! + 1);
    this.taken.length = 0;
    return (2 * common) / (this.tokens.length + other.length);
  }
}
