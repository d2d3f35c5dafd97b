// Arabic presentation forms (what PDF glyphs often map to) and Latin typographic ligatures
// ("ﬁ") are display variants of ordinary letters: compatibility-decompose just those.
const PRESENTATION_FORMS = /[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFE]+/g;
// Soft hyphens, zero-width spaces, byte-order marks and NULs (glyphs without a Unicode mapping).
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF\u0000]/g;

/** One paragraph's text: NFC, presentation forms unfolded, spaces collapsed, lines trimmed. */
export function normaliseExtractedText(text: string): string {
  return text
    .replace(PRESENTATION_FORMS, (forms) => forms.normalize("NFKC"))
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/[\s\u00A0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

export interface TextBlock {
  text: string;
  /** A heading line: consecutive headings stay on consecutive lines ("Article 5" above its title). */
  heading: boolean;
}

/** Blocks in the published plain-text layout: a blank line between paragraphs. */
export function joinBlocks(blocks: readonly TextBlock[]): string {
  return blocks
    .map((block, index) => {
      const previous = blocks[index - 1];
      if (!previous) return block.text;
      return (previous.heading && block.heading ? "\n" : "\n\n") + block.text;
    })
    .join("");
}
