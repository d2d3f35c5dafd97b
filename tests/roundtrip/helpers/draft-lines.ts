import { matchStructuralHeading } from "../../../lib/draft-text/headings";
import { matchParagraphMarker, matchSubparagraphMarker, subparagraphLevel } from "../../../lib/draft-text/numbering";

// The text form of a draft, line by line, classified the way a committee's Word file would
// format it: heading styles for headings and their titles, list levels for numbered items.

export type DraftLine =
  /** A structural heading ("Article 5") or the title line under one. */
  | { kind: "heading"; level: 1 | 2; structural: boolean; text: string }
  | { kind: "item"; level: 0 | 1 | 2; label: string; text: string }
  | { kind: "text"; text: string };

export function classifyDraftLines(source: string, language: string): DraftLine[] {
  const lines = source.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  const out: DraftLine[] = [];
  let previousLetter: string | null = null;
  let afterHeading: 1 | 2 | null = null;
  for (const text of lines) {
    const heading = matchStructuralHeading(text, language);
    if (heading) {
      const level = heading.kind === "ARTICLE" ? 2 : 1;
      out.push({ kind: "heading", level, structural: true, text });
      afterHeading = heading.heading === null ? level : null;
      previousLetter = null;
      continue;
    }
    const paragraph = matchParagraphMarker(text);
    const subparagraph = paragraph ? null : matchSubparagraphMarker(text);
    if (afterHeading !== null && !paragraph && !subparagraph && !/[:;,.]$/.test(text)) {
      out.push({ kind: "heading", level: afterHeading, structural: false, text });
      afterHeading = null;
      continue;
    }
    afterHeading = null;
    if (paragraph) {
      out.push({ kind: "item", level: 0, label: paragraph.label, text: paragraph.rest });
      previousLetter = null;
    } else if (subparagraph) {
      const level = subparagraphLevel(subparagraph, previousLetter) === "letter" ? 1 : 2;
      if (level === 1) previousLetter = subparagraph.number;
      out.push({ kind: "item", level, label: subparagraph.label, text: subparagraph.rest });
    } else {
      out.push({ kind: "text", text });
    }
  }
  return out;
}
