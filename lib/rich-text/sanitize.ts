import { isAllowedHref } from "./allowed-href";
import { cleanText } from "./characters";
import { isRecord } from "./is-record";
import { structureMessage } from "./issue-messages";
import { MAX_DEPTH, MAX_NODES, limitMessages } from "./limits";
import { parseRichText } from "./parse";
import { RichTextError } from "./rich-text-error";
import type { RichTextBlock, RichTextDoc, RichTextInline, RichTextListItem, RichTextMark, RichTextParagraph } from "./types";

// Turns any tiptap-like JSON (the editor's own output, an API client's, a pasted document's)
// into an allowed body without losing words: elements, formatting and attributes that are not
// allowed are dropped and their text kept; lists and quotes nested deeper than the limit are
// flattened into their text. Size limits are not "fixed" by cutting text: a body that is too
// long is refused (through parseRichText, which also re-checks the result).

// A piece of a node's content, before it is known whether it lands in a block or inline context.
// A boundary stands where a dropped block element (a heading, a code block) was, so that two of
// them in a row become two paragraphs, not one.
type Piece = { inline: RichTextInline } | { block: RichTextBlock } | "boundary";

/** Bounds the work on hostile input (and stops on cyclic objects passed in from code). */
type Budget = { visited: number };
const MAX_INPUT_NODES = 10 * MAX_NODES;
// Dropped elements do not deepen the result, so recursion is bounded by input nesting as well.
const MAX_INPUT_NESTING = 2 * MAX_DEPTH;

function visit(budget: Budget): void {
  budget.visited += 1;
  if (budget.visited > MAX_INPUT_NODES) throw new RichTextError(limitMessages.nodes);
}

function childrenOf(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node.content) ? node.content : [];
}

function markOf(raw: unknown): RichTextMark | null {
  if (!isRecord(raw)) return null;
  if (raw.type === "bold" || raw.type === "italic") return { type: raw.type };
  // Only href survives: target and rel are the renderer's to set.
  if (raw.type === "link" && isRecord(raw.attrs) && isAllowedHref(raw.attrs.href)) return { type: "link", attrs: { href: String(raw.attrs.href) } };
  return null;
}

// The order ProseMirror gives marks in the editor's schema, so the editor's output for an
// unchanged body compares equal to the stored one.
const MARK_ORDER: RichTextMark["type"][] = ["link", "bold", "italic"];

function marksOf(raw: unknown): { marks?: RichTextMark[] } {
  if (!Array.isArray(raw)) return {};
  const marks: RichTextMark[] = [];
  for (const candidate of raw) {
    const mark = markOf(candidate);
    if (mark && !marks.some((kept) => kept.type === mark.type)) marks.push(mark);
  }
  marks.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  return marks.length > 0 ? { marks } : {};
}

function paragraphOf(content: RichTextInline[]): RichTextParagraph {
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

function hasText(content: RichTextInline[]): boolean {
  return content.some((node) => node.type === "text");
}

/** The text of a subtree too deep to keep as structure, walked without recursion; paragraphs become line breaks. */
function flatten(node: unknown, budget: Budget): Piece[] {
  const pieces: Piece[] = ["boundary"];
  const pending: unknown[] = [node];
  let lineOpen = false;
  while (pending.length > 0) {
    const current = pending.pop();
    visit(budget);
    if (!isRecord(current)) continue;
    if (current.type === "text") {
      const text = typeof current.text === "string" ? cleanText(current.text) : "";
      if (text !== "") pieces.push({ inline: { type: "text", text, ...marksOf(current.marks) } });
      lineOpen ||= text !== "";
      continue;
    }
    if (lineOpen && (current.type === "hardBreak" || current.type === "paragraph")) {
      pieces.push({ inline: { type: "hardBreak" } });
      lineOpen = false;
    }
    const children = childrenOf(current);
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]);
  }
  pieces.push("boundary");
  return pieces;
}

function listOf(node: Record<string, unknown>, depth: number, nesting: number, budget: Budget): Piece[] {
  const content = listItemsOf(childrenOf(node), depth + 1, nesting + 1, budget);
  if (content.length === 0) return [];
  if (node.type === "bulletList") return [{ block: { type: "bulletList", content } }];
  const start = isRecord(node.attrs) ? node.attrs.start : undefined;
  // 1 is tiptap's default: leaving it out keeps the stored form canonical.
  const keepStart = Number.isInteger(start) && start !== 1 && Number(start) >= 0 && Number(start) <= 1_000_000;
  return [{ block: { type: "orderedList", ...(keepStart ? { attrs: { start: Number(start) } } : {}), content } }];
}

/** `depth` is where the node would sit in the result; `nesting` how deep it sits in the input. */
function piecesOf(node: unknown, depth: number, nesting: number, budget: Budget): Piece[] {
  if (nesting > MAX_INPUT_NESTING) return flatten(node, budget);
  visit(budget);
  if (!isRecord(node)) return [];
  switch (node.type) {
    case "text": {
      const text = typeof node.text === "string" ? cleanText(node.text) : "";
      return text === "" ? [] : [{ inline: { type: "text", text, ...marksOf(node.marks) } }];
    }
    case "hardBreak":
      return [{ inline: { type: "hardBreak", ...marksOf(node.marks) } }];
    case "paragraph":
      return [{ block: paragraphOf(inlineOf(childrenOf(node), depth + 1, nesting + 1, budget)) }];
    case "bulletList":
    case "orderedList":
      // A list needs three more levels (item, paragraph, text); deeper than that it becomes text.
      return depth + 3 > MAX_DEPTH ? flatten(node, budget) : listOf(node, depth, nesting, budget);
    case "blockquote": {
      if (depth + 2 > MAX_DEPTH) return flatten(node, budget);
      const content = blocksOf(childrenOf(node), depth + 1, nesting + 1, budget);
      return content.length > 0 ? [{ block: { type: "blockquote", content } }] : [];
    }
    case "doc":
    case "listItem":
      // Out of place (a doc inside a doc, an item outside a list): keep what is inside.
      return blocksOf(childrenOf(node), depth, nesting + 1, budget).map((block) => ({ block }));
    default:
      // script, iframe, image, heading, codeBlock, anything unknown: dropped, its text kept.
      return ["boundary", ...childrenOf(node).flatMap((child) => piecesOf(child, depth, nesting + 1, budget)), "boundary"];
  }
}

/** The inline content of a block, paragraphs joined by line breaks: for a block found where only text may go. */
function inlineOfBlock(block: RichTextBlock): RichTextInline[] {
  if (block.type === "paragraph") return block.content ?? [];
  const blocks: RichTextBlock[] = block.type === "blockquote" ? block.content : block.content.flatMap((item) => item.content);
  return blocks.map(inlineOfBlock).filter(hasText).flatMap((content, i) => (i === 0 ? content : [{ type: "hardBreak" as const }, ...content]));
}

function inlineOf(children: unknown[], depth: number, nesting: number, budget: Budget): RichTextInline[] {
  const content: RichTextInline[] = [];
  for (const child of children) {
    for (const piece of piecesOf(child, depth, nesting, budget)) {
      if (piece === "boundary") continue;
      if ("inline" in piece) {
        content.push(piece.inline);
        continue;
      }
      const inline = inlineOfBlock(piece.block);
      if (hasText(content) && hasText(inline)) content.push({ type: "hardBreak" });
      content.push(...inline);
    }
  }
  return content;
}

function blocksOf(children: unknown[], depth: number, nesting: number, budget: Budget): RichTextBlock[] {
  const blocks: RichTextBlock[] = [];
  let run: RichTextInline[] = [];
  // Loose text and line breaks between blocks are gathered into a paragraph of their own.
  const closeRun = () => {
    if (hasText(run)) blocks.push(paragraphOf(run));
    run = [];
  };
  for (const child of children) {
    for (const piece of piecesOf(child, depth, nesting, budget)) {
      if (piece === "boundary") closeRun();
      else if ("inline" in piece) run.push(piece.inline);
      else {
        closeRun();
        blocks.push(piece.block);
      }
    }
  }
  closeRun();
  return blocks;
}

function listItemsOf(children: unknown[], depth: number, nesting: number, budget: Budget): RichTextListItem[] {
  const items: RichTextListItem[] = [];
  for (const child of children) {
    const isItem = isRecord(child) && child.type === "listItem";
    if (isItem) visit(budget);
    // Anything else placed directly in a list becomes an item of its own.
    const blocks = isItem ? blocksOf(childrenOf(child), depth + 1, nesting + 1, budget) : blocksOf([child], depth + 1, nesting, budget);
    const [first, ...rest] = blocks;
    if (first === undefined) continue;
    items.push({ type: "listItem", content: first.type === "paragraph" ? [first, ...rest] : [{ type: "paragraph" }, ...blocks] });
  }
  return items;
}

/** An allowed body holding all the text of the input; throws a RichTextError only if it is too large or not a node at all. */
export function sanitizeRichText(input: unknown): RichTextDoc {
  if (!isRecord(input)) throw new RichTextError(structureMessage);
  const content = blocksOf([input], 1, 0, { visited: 0 });
  return parseRichText({ type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] });
}
