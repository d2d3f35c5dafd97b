import { isRightToLeftLanguage } from "../text-direction";
import { textElement } from "./text";

/**
 * A table with an English header row, repeated on every printed page, and cells of ready HTML.
 * In a right-to-left document its columns read from the right, as in the DOCX.
 */
export function tableHtml(className: string, header: readonly string[], rows: readonly (readonly string[])[], language: string): string {
  const dir = isRightToLeftLanguage(language) ? ' dir="rtl"' : "";
  const head = header.map((label) => textElement("th", label, "en")).join("");
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return `<table class="${className}"${dir}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
