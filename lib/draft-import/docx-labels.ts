import { WordNumbering, type WordName } from "./docx-numbering";
import type { XmlElement } from "./xml";

/** Run style given to the list labels written into the text, so that readers can tell them apart. */
export const LIST_LABEL_STYLE = "DraftwatchListLabel";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function isDeleted(paragraphProperties: XmlElement | undefined, w: WordName): boolean {
  const runProperties = paragraphProperties?.children.find((element) => element.name === w("rPr"));
  return runProperties?.children.some((element) => element.name === w("del")) ?? false;
}

/**
 * document.xml with each list paragraph's number ("1.", "(a)", "(i)") written at the start of its
 * text, as Word would display it. Paragraphs inside mc:Choice are skipped: mammoth reads the
 * mc:Fallback copy of such content, which is counted instead.
 */
export function writeListLabels(source: string, root: XmlElement, numbering: WordNumbering, w: WordName): string {
  const insertions: { at: number; text: string }[] = [];
  const visit = (element: XmlElement): void => {
    if (element.name.endsWith(":Choice")) return;
    if (element.name !== w("p")) {
      element.children.forEach(visit);
      return;
    }
    const properties = element.children.find((candidate) => candidate.name === w("pPr"));
    const numPr = properties?.children.find((candidate) => candidate.name === w("numPr"));
    const valueOf = (name: string): string | null =>
      numPr?.children.find((candidate) => candidate.name === w(name))?.attributes[w("val")] ?? null;
    const style = properties?.children.find((candidate) => candidate.name === w("pStyle"))?.attributes[w("val")] ?? null;
    const selfClosing = element.end === element.openEnd && source.charAt(element.openEnd - 2) === "/";
    if (!isDeleted(properties, w) && !selfClosing) {
      const level = valueOf("ilvl");
      const label = numbering.next(valueOf("numId"), level === null ? null : Number(level), style);
      if (label !== null) {
        const run = `<${w("r")}><${w("rPr")}><${w("rStyle")} ${w("val")}="${LIST_LABEL_STYLE}"/></${w("rPr")}><${w("t")} xml:space="preserve">${escapeXml(label)} </${w("t")}></${w("r")}>`;
        insertions.push({ at: properties ? properties.end : element.openEnd, text: run });
      }
    }
    // Text boxes anchored in the paragraph hold paragraphs of their own.
    element.children.forEach(visit);
  };
  visit(root);
  let out = "";
  let from = 0;
  for (const { at, text } of insertions.sort((a, b) => a.at - b.at)) {
    out += source.slice(from, at) + text;
    from = at;
  }
  return out + source.slice(from);
}
