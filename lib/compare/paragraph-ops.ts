import type { AlignableArticle } from "../alignment/types";
import { ignoreChanges } from "../diff/ignore-changes";
import { mergeOps } from "../diff/merge-ops";
import type { DiffOp, DiffOptions } from "../diff/types";
import type { ComparedParagraph } from "./types";

// A pair's text is its articles' texts joined by a blank line, each article's its paragraphs' by
// a line break (see articlesFromTree and joined in compare-articles).
const BETWEEN_PARAGRAPHS = "\n";
const BETWEEN_ARTICLES = "\n\n";

/** Each paragraph's article, by paragraph id. */
function articleOf(articles: readonly AlignableArticle[]): Map<string, string> {
  return new Map(articles.flatMap((article) => article.paragraphs.map((paragraph) => [paragraph.id, article.id] as const)));
}

/** Whether the side's paragraphs come in the pairs exactly once each, in their order. */
function inOrder(articles: readonly AlignableArticle[], paragraphs: readonly (string | null)[]): boolean {
  const expected = articles.flatMap((article) => article.paragraphs.map((paragraph) => paragraph.id));
  const present = paragraphs.filter((id) => id !== null);
  return present.length === expected.length && present.every((id, index) => id === expected[index]);
}

/** What comes before a side's next paragraph: nothing first, a line break within an article, a blank line between two. */
class Separators {
  private previous: string | null = null;
  constructor(private readonly articles: Map<string, string>) {}

  before(paragraph: { id: string; text: string } | null): string {
    if (!paragraph || paragraph.text === "") return "";
    const article = this.articles.get(paragraph.id) ?? null;
    const separator = this.previous === null ? "" : this.previous === article ? BETWEEN_PARAGRAPHS : BETWEEN_ARTICLES;
    this.previous = article;
    return separator;
  }
}

/**
 * The diff of a pair's whole text read off its paragraphs' diffs, when its paragraphs kept their
 * order (the common case): the words are then not diffed a second time for the whole. Null when
 * a paragraph moved, where only a diff of the whole texts shows it in place.
 */
export function opsFromParagraphs(
  from: readonly AlignableArticle[],
  to: readonly AlignableArticle[],
  paragraphs: readonly ComparedParagraph[],
  options: DiffOptions = {},
): DiffOp[] | null {
  if (paragraphs.length === 0 || paragraphs.some((paragraph) => paragraph.moved)) return null;
  if (!inOrder(from, paragraphs.map((p) => p.from?.id ?? null)) || !inOrder(to, paragraphs.map((p) => p.to?.id ?? null))) return null;
  const before = new Separators(articleOf(from));
  const after = new Separators(articleOf(to));
  const ops: DiffOp[] = [];
  for (const paragraph of paragraphs) {
    const separator = { before: before.before(paragraph.from), after: after.before(paragraph.to) };
    // Separators are "", "\n" or "\n\n": the shorter is the start of the longer.
    const shared = separator.before.length < separator.after.length ? separator.before : separator.after;
    ops.push(
      { type: "equal", text: shared },
      { type: "delete", text: separator.before.slice(shared.length) },
      { type: "insert", text: separator.after.slice(shared.length) },
      ...paragraph.ops,
    );
  }
  // A changed blank line between articles is a whitespace change like any other.
  return mergeOps(ignoreChanges(ops, options));
}
