import { describeQuote } from "@/lib/anchoring/text-quote";
import type { TextQuoteSelector } from "@/lib/anchoring/types";

// Maps the browser's selection to offsets in one provision's stored text. The page renders each
// provision's text (or each paragraph of it) in an element with data-provision-id and
// data-offset (where that paragraph starts), holding the text and nothing else, so counting
// the characters of its text nodes gives offsets into the stored text, code unit for code unit.
// The draft is named by the nearest data-draft-id around it: the compare page shows two drafts.

export interface SelectionTarget {
  draftId: string;
  provisionId: string;
  start: number;
  end: number;
  quote: TextQuoteSelector;
  /** The paragraph (its data-offset) where the selection ends: the "Annotate selection" button goes there. */
  part: number;
}

export type SelectionReading =
  | { kind: "none" }
  | { kind: "target"; target: SelectionTarget }
  | { kind: "problem"; message: string };

const NONE: SelectionReading = { kind: "none" };

// Characters of `container`'s text before the point (node, offset); a point outside the
// container lies before it for a range's start and after it for a range's end.
function offsetIn(container: HTMLElement, node: Node, offset: number, edge: "start" | "end"): number {
  if (!container.contains(node)) return edge === "start" ? 0 : (container.textContent ?? "").length;
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The provision's whole text, rebuilt from its paragraphs (blank lines between them were not rendered). */
function provisionText(provisionId: string): string {
  const parts = [...document.querySelectorAll<HTMLElement>(`[data-provision-id="${CSS.escape(provisionId)}"]`)];
  return parts
    .map((part) => ({ offset: Number(part.dataset.offset ?? 0), text: part.textContent ?? "" }))
    .sort((a, b) => a.offset - b.offset)
    .reduce((text, part) => text.padEnd(part.offset, "\n") + part.text, "");
}

export function readSelection(): SelectionReading {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return NONE;
  const range = selection.getRangeAt(0);
  // Only the paragraphs holding selected characters count: a triple click ends the range at the
  // start of the next paragraph, which must not make it a selection across two provisions.
  const touched = [...document.querySelectorAll<HTMLElement>("[data-provision-id]")]
    .filter((container) => range.intersectsNode(container))
    .map((container) => ({
      container,
      from: offsetIn(container, range.startContainer, range.startOffset, "start"),
      to: offsetIn(container, range.endContainer, range.endOffset, "end"),
    }))
    .filter(({ from, to }) => to > from);
  if (touched.length === 0) return NONE;
  const provisionId = touched[0]!.container.dataset.provisionId!;
  if (touched.some(({ container }) => container.dataset.provisionId !== provisionId)) {
    return { kind: "problem", message: "Select words within one paragraph: an annotation is about the words of one provision." };
  }
  const first = touched[0]!;
  const last = touched.at(-1)!;
  const draftId = first.container.closest<HTMLElement>("[data-draft-id]")?.dataset.draftId;
  if (!draftId) return NONE;
  const text = provisionText(provisionId);
  let start = Number(first.container.dataset.offset ?? 0) + first.from;
  let end = Number(last.container.dataset.offset ?? 0) + last.to;
  // A double click often takes the space after the word: the annotation is about the words.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return NONE;
  return { kind: "target", target: { draftId, provisionId, start, end, quote: describeQuote(text, start, end), part: Number(last.container.dataset.offset ?? 0) } };
}
