import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from "docx";
import { isRightToLeft } from "../text-direction";

// Runs and paragraphs of plain text, with the right-to-left properties Word needs for Arabic:
// `bidirectional` on the paragraph (it flows from the right margin) and `rightToLeft` on the
// runs that are Arabic, so Word shapes them with the complex-script font and its bold and italic.

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** A character style of the document, such as "Hyperlink". */
  style?: string;
}

/** The paragraph option for a direction; left to right is Word's default and is not written. */
export function paragraphDirection(rtl: boolean): { bidirectional?: true } {
  return rtl ? { bidirectional: true } : {};
}

/** Options for a run of `text` (one line) in a paragraph of the given direction. */
export function runOptions(text: string, paragraphRtl: boolean, { bold, italics, style }: RunStyle = {}, breakBefore = false): IRunOptions {
  // Digits and punctuation in an Arabic paragraph belong to it; a Latin word keeps its own direction.
  const rightToLeft = paragraphRtl && (isRightToLeft(text) || !/\p{L}/u.test(text));
  return {
    text,
    style,
    // Only what is set is written: `bold: false` would still put a <w:b w:val="false"/> in every run.
    ...(bold ? { bold, ...(rightToLeft ? { boldComplexScript: bold } : {}) } : {}),
    ...(italics ? { italics, ...(rightToLeft ? { italicsComplexScript: italics } : {}) } : {}),
    ...(rightToLeft ? { rightToLeft } : {}),
    ...(breakBefore ? { break: 1 } : {}),
  };
}

/** Options for each line of `text`, the lines after the first opening with a line break. */
function lineRunOptions(text: string, paragraphRtl: boolean, style: RunStyle = {}): IRunOptions[] {
  return text.split("\n").map((line, i) => runOptions(line, paragraphRtl, style, i > 0));
}

/**
 * Plain text as paragraphs: a blank line separates paragraphs, a single newline is a line break.
 * `language` is the draft's for draft text; without it the text's first letter sets the direction.
 */
export function textParagraphs(text: string, language?: string, style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => {
      const rtl = isRightToLeft(paragraph, language);
      return new Paragraph({ ...options, ...paragraphDirection(rtl), children: lineRunOptions(paragraph, rtl, style).map((run) => new TextRun(run)) });
    });
}

/** One paragraph of `text` (its paragraph breaks become line breaks), even when it is empty. */
export function textParagraph(text: string, language?: string, style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph {
  return textParagraphs(text.replace(/\n{2,}/g, "\n"), language, style, options)[0] ?? new Paragraph(options);
}
