// Carries annotations to a new draft. Each quote is searched only in the provision(s) the clause
// alignment pairs with its own, so boilerplate repeated across articles ("under its domestic
// law") cannot pull an annotation into another article; every annotation gets an outcome.

import { diffWords } from "../diff/diff-words";
import { anchor } from "./anchor";
import { prepareText, type PreparedText } from "./prepared-text";
import { describePosition } from "./text-position";
import { describeQuote } from "./text-quote";
import type { AnchorResult, CarryResult, TextTarget } from "./types";

export interface AnnotationToCarry {
  id: string;
  target: TextTarget;
}

/** A provision of the new draft, with its text as stored. */
export interface CandidateProvision {
  id: string;
  text: string;
}

export interface CarryForwardOptions {
  /** BCP 47 tag of the new draft, for the word diff of changed quotes. */
  language?: string;
}

type Anchored = Extract<AnchorResult, { status: "anchored" }>;

// With several aligned provisions, the one that came closest explains best why none was taken.
function orphanReason(results: readonly AnchorResult[]): string {
  const orphans = results.flatMap((result) => (result.status === "orphaned" ? [result] : []));
  if (orphans.length === 0) return "The provision has no counterpart in the new draft: it was deleted.";
  const closest = orphans.reduce((best, orphan) => ((orphan.closestScore ?? -1) > (best.closestScore ?? -1) ? orphan : best));
  return orphans.length === 1 ? closest.reason : `Not found in any of the ${orphans.length} aligned provisions. ${closest.reason}`;
}

/**
 * Outcomes in the order of `annotations`. `candidates` gives the provision(s) of the new draft
 * aligned with an old provision, most likely first: equal scores go to the earlier one.
 */
export function carryForward(
  annotations: readonly AnnotationToCarry[],
  candidates: (provisionId: string) => CandidateProvision[],
  options: CarryForwardOptions = {},
): CarryResult[] {
  // Many annotations sit on one provision: look its counterparts up and normalise them once.
  const candidatesOf = new Map<string, CandidateProvision[]>();
  const prepared = new Map<string, PreparedText>();
  const prepare = (provision: CandidateProvision) => {
    const cached = prepared.get(provision.id);
    if (cached?.original === provision.text) return cached;
    const fresh = prepareText(provision.text);
    prepared.set(provision.id, fresh);
    return fresh;
  };

  return annotations.map(({ id, target }): CarryResult => {
    let provisions = candidatesOf.get(target.provisionId);
    if (!provisions) candidatesOf.set(target.provisionId, (provisions = candidates(target.provisionId)));
    // The very words in any aligned provision beat look-alikes, and finding them is cheap: the
    // fuzzy step runs only when no provision holds them as they were.
    const exactResults = provisions.map((provision) => anchor(prepare(provision), target, { fuzzy: false }));
    const results = exactResults.some((result) => result.status === "anchored")
      ? exactResults
      : provisions.map((provision) => anchor(prepare(provision), target));
    let bestIndex = -1;
    results.forEach((result, index) => {
      const best = results[bestIndex];
      if (result.status === "anchored" && (best?.status !== "anchored" || result.score > best.score)) bestIndex = index;
    });
    const best = results[bestIndex] as Anchored | undefined;
    const provision = provisions[bestIndex];
    if (!best || !provision) return { annotationId: id, outcome: "orphaned", reason: orphanReason(results) };
    const newTarget: TextTarget = {
      provisionId: provision.id,
      quote: describeQuote(provision.text, best.start, best.end),
      position: describePosition(best.start, best.end),
    };
    if (best.exact) return { annotationId: id, outcome: "same", target: newTarget };
    const diff = diffWords(target.quote.exact, newTarget.quote.exact, { language: options.language });
    return { annotationId: id, outcome: "text-changed", target: newTarget, diff };
  });
}
