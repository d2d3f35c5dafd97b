import type { Comparison } from "../compare/types";

// Diffing every pair is most of a compare page's work, and its inputs rarely change: drafts are
// never edited once stored, so two drafts, their pairing and the diff options determine the
// comparison. Recent comparisons are kept per process; a re-paired alignment has another key,
// so nothing needs invalidating. Callers must treat a comparison as read-only: it is shared.

const CAPACITY = 32;
const recent = new Map<string, Comparison>();

export function cachedComparison(key: string, compute: () => Comparison): Comparison {
  const found = recent.get(key);
  if (found) {
    // Map order is insertion order: re-inserting marks it as the most recently used.
    recent.delete(key);
    recent.set(key, found);
    return found;
  }
  const comparison = compute();
  recent.set(key, comparison);
  if (recent.size > CAPACITY) recent.delete(recent.keys().next().value!);
  return comparison;
}
