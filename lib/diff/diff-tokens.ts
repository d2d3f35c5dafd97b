import { diffEncoded } from "./dmp";
import { CODE_CAPACITY, encodeTokens } from "./encode-tokens";
import { diffByLines } from "./line-fallback";
import { slideToBoundaries } from "./slide-to-boundaries";
import type { PlainRun, Side } from "./token-runs";

/**
 * Word-level diff of two token lists: equal, insert and delete runs, edits placed at the
 * strongest boundaries. `capacity` (distinct tokens diff-match-patch can tell apart) is a
 * parameter so tests can reach the fallback without 65,000-word texts.
 */
export function diffTokens(before: Side, after: Side, capacity = CODE_CAPACITY): PlainRun[] {
  const encoded = encodeTokens(before.keys, after.keys, capacity);
  const runs = encoded
    ? diffEncoded(encoded.before, encoded.after, { semantic: true })
    : diffByLines(before, after, capacity, diffTokens);
  return slideToBoundaries(runs, before, after);
}
