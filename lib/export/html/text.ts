import { isRightToLeft } from "../text-direction";
import { escapeHtml } from "./escape";

// Elements of plain text with their language and direction, as in the DOCX: draft text in the
// draft's language, what analysts typed in the direction of its first letter. Their language is
// not recorded, so it is marked unknown (lang="") rather than inherited from the document.

/** ` lang="…" dir="…"` for an element holding `text`. */
export function langDir(text: string, language?: string): string {
  return ` lang="${escapeHtml(language ?? "")}" dir="${isRightToLeft(text, language) ? "rtl" : "ltr"}"`;
}

const ISOLATES = /[\u2066-\u2069]/g;

/**
 * A name typed in any script, to be set apart from the English sentence around it: without that,
 * the digits after an Arabic name ("ليلى حداد, 2024-06-07") join the name and print before it.
 * The name is marked with Unicode's isolate characters, which the text functions below write
 * as <bdi> (Chromium would print the characters themselves into the PDF's text).
 */
export function bidiIsolate(name: string): string {
  return `\u2068${name.replace(ISOLATES, "")}\u2069`;
}

/** Escaped text, each isolated name in a <bdi>. */
export function escapeText(text: string): string {
  return escapeHtml(text).replace(/\u2068([^\u2066-\u2069]*)\u2069/g, "<bdi>$1</bdi>");
}

/** Escaped text whose line breaks are kept. */
export function textWithBreaks(text: string): string {
  return text.split("\n").map(escapeText).join("<br>");
}

/** One element of `text`, its paragraph breaks written as line breaks. */
export function textElement(tag: string, text: string, language?: string, className?: string): string {
  const classAttribute = className ? ` class="${className}"` : "";
  return `<${tag}${classAttribute}${langDir(text, language)}>${textWithBreaks(text.replace(/\n{2,}/g, "\n"))}</${tag}>`;
}

/** Plain text as paragraphs: a blank line separates paragraphs, a single newline is a line break. */
export function textParagraphs(text: string, language?: string): string {
  return text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => textElement("p", paragraph, language))
    .join("");
}
