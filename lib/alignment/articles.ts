// Flattens a provision tree into the articles alignment compares. Works on parsed drafts (with ids
// added) and on stored trees alike: both only need these fields.

import type { AlignableArticle, AlignableParagraph } from "./types";

export interface ProvisionNodeLike {
  id: string;
  kind: string;
  label: string | null;
  number: string | null;
  heading: string | null;
  text: string;
  children: readonly ProvisionNodeLike[];
}

const CHAPTER_KINDS = new Set(["CHAPTER", "PART"]);
const CONTAINER_KINDS = new Set(["CHAPTER", "PART", "SECTION", "TITLE", "ANNEX"]);

// A provision's own text, then each descendant's with its printed number ("(a) Promote …"), so
// that diffs read as the draft does; the provision's own number is its label, kept apart.
function fullText(node: ProvisionNodeLike): string {
  const parts: string[] = [];
  const visit = (current: ProvisionNodeLike, labelled: boolean): void => {
    const text = labelled && current.label ? `${current.label} ${current.text}`.trim() : current.text;
    if (text !== "") parts.push(text);
    current.children.forEach((child) => visit(child, true));
  };
  visit(node, false);
  return parts.join("\n");
}

function chapterName(node: ProvisionNodeLike): string {
  return [node.label, node.heading].filter((part) => part !== null && part !== "").join(" — ");
}

function toParagraph(node: ProvisionNodeLike): AlignableParagraph {
  return { id: node.id, label: node.label, text: fullText(node) };
}

/**
 * Articles in reading order. The chapter is the nearest enclosing chapter or part; treaties
 * without either (sections only, or articles in an annex) fall back to the nearest container.
 */
export function articlesFromTree(nodes: readonly ProvisionNodeLike[]): AlignableArticle[] {
  const articles: AlignableArticle[] = [];
  const visit = (node: ProvisionNodeLike, chapter: ProvisionNodeLike | null, container: ProvisionNodeLike | null): void => {
    if (node.kind === "ARTICLE") {
      const enclosing = chapter ?? container;
      // The article's own text (a chapeau) heads its paragraphs, so every word is in one of them
      // and the article's text is exactly its paragraphs' (paragraph numbers stay in their labels).
      const paragraphs = [...(node.text === "" ? [] : [{ id: `${node.id}:text`, label: null, text: node.text }]), ...node.children.map(toParagraph)];
      articles.push({
        id: node.id,
        label: node.label,
        number: node.number,
        heading: node.heading,
        chapter: enclosing ? chapterName(enclosing) : null,
        text: paragraphs.map((p) => p.text).filter((text) => text !== "").join("\n"),
        paragraphs,
      });
      return;
    }
    const isChapter = CHAPTER_KINDS.has(node.kind);
    const isContainer = CONTAINER_KINDS.has(node.kind);
    node.children.forEach((child) =>
      visit(child, isChapter ? node : chapter, isContainer ? node : container),
    );
  };
  nodes.forEach((node) => visit(node, null, null));
  return articles;
}
