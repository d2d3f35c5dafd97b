import { cleanText } from "../../rich-text/characters";

// Everything the print HTML takes from a submission or a draft goes through here, so text is
// only ever text: no markup, no entity, no attribute can come from what analysts typed.

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element's content or a quoted attribute value; control characters dropped, NFC as stored text is. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? "");
}
