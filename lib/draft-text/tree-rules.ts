import type { ProvisionKind } from "./types";

// What may contain what in a draft, as the parser builds it: the one rule set for the preview's
// edits and for the check before an edited tree is saved.

/** Deeper than any real draft (annex › part › chapter › section › title › article › 1. › (a) › (i) › – …). */
export const MAX_TREE_DEPTH = 16;

export const PROVISION_KINDS = [
  "PREAMBLE",
  "PART",
  "CHAPTER",
  "SECTION",
  "TITLE",
  "ARTICLE",
  "PARAGRAPH",
  "SUBPARAGRAPH",
  "ANNEX",
] as const satisfies readonly ProvisionKind[];

/**
 * How deep a kind sits: a provision is nested inside the nearest provision before it of a lower
 * rank. Parts, chapters, sections and titles share one rank because drafts nest them in different
 * orders (Budapest puts titles inside sections, other treaties chapters inside titles).
 */
export const RANK: Record<ProvisionKind, number> = {
  PREAMBLE: 0,
  ANNEX: 0,
  PART: 1,
  CHAPTER: 1,
  SECTION: 1,
  TITLE: 1,
  ARTICLE: 2,
  PARAGRAPH: 3,
  SUBPARAGRAPH: 4,
};

const GROUPS: ProvisionKind[] = ["PART", "CHAPTER", "SECTION", "TITLE"];
const TEXT: ProvisionKind[] = ["PARAGRAPH", "SUBPARAGRAPH"];

/**
 * Whether `child` may sit directly in `parent` (null: at the top of the draft). Numbered text sits
 * in articles, in annexes (which number paragraphs without articles) and in other numbered text
 * (unnumbered paragraphs after lettered items, dash bullets).
 */
export function canContain(parent: ProvisionKind | null, child: ProvisionKind, insideAnnex: boolean): boolean {
  if (parent === null) return !TEXT.includes(child);
  if (child === "PREAMBLE" || child === "ANNEX") return false;
  switch (parent) {
    case "ANNEX":
      return true;
    case "PREAMBLE":
    case "ARTICLE":
    case "PARAGRAPH":
    case "SUBPARAGRAPH":
      return TEXT.includes(child);
    default:
      return GROUPS.includes(child) || child === "ARTICLE" || (insideAnnex && TEXT.includes(child));
  }
}

/** Article, paragraph…: how the kind is named to users. */
export function kindName(kind: ProvisionKind): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}
