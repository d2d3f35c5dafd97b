import { anchor } from "./anchor";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

// Annotations brought from another Draftwatch name provisions that do not exist here: they are
// placed by their words instead, in whichever provision of the draft holds them best. Legal
// drafts repeat themselves ("Each State Party shall adopt such legislative and other measures"
// opens a dozen articles), so the clause they were on ("Article 6", "1."), when given, narrows
// the search first.

export interface ProvisionText {
  id: string;
  text: string;
  /** The label of the article the provision is in (or is), e.g. "Article 6". */
  article?: string | null;
  /** The provision's own label, e.g. "1." or "(a)"; null for an article. */
  label?: string | null;
}

export interface Clause {
  article: string | null;
  provision: string | null;
}

/** The provisions of `clause`, or all of them when the clause is unknown or not in this draft. */
export function narrowToClause<P extends ProvisionText>(provisions: readonly P[], clause: Clause | undefined): readonly P[] {
  if (!clause?.article) return provisions;
  const inClause = provisions.filter((p) => p.article === clause.article && (p.label ?? null) === clause.provision);
  return inClause.length > 0 ? inClause : provisions;
}

export type Placement = { status: "placed"; provisionId: string; start: number; end: number } | { status: "unplaced"; reason: string };

export function placeInDraft(provisions: readonly ProvisionText[], quote: TextQuoteSelector, position?: TextPositionSelector): Placement {
  let best: { provisionId: string; start: number; end: number; score: number } | null = null;
  for (const provision of provisions) {
    // Anchoring is costly; a provision without the quoted words word for word cannot be the place.
    if (!provision.text.includes(quote.exact)) continue;
    const result = anchor(provision.text, { quote, position: position ?? { type: "TextPositionSelector", start: 0, end: 0 } }, { fuzzy: false });
    if (result.status === "anchored" && (!best || result.score > best.score)) best = { provisionId: provision.id, start: result.start, end: result.end, score: result.score };
  }
  if (best) return { status: "placed", provisionId: best.provisionId, start: best.start, end: best.end };
  return { status: "unplaced", reason: `The words “${quote.exact.slice(0, 80)}” are not in this draft in their context.` };
}
