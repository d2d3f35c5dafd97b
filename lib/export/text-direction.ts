import { textDirection } from "../i18n/text-direction";

// Which paragraphs an export writes right to left. Draft text follows the draft's language; what
// analysts typed (titles, justifications) follows its first letter, as the Unicode bidirectional
// algorithm decides a paragraph's direction, so an Arabic comment on an English draft reads
// right to left and an English comment on an Arabic draft does not.

const LETTER = /\p{L}/u;
const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function isRightToLeftLanguage(language: string): boolean {
  return textDirection(language) === "rtl";
}

/** True when `language` (a BCP 47 tag) is written right to left, or, without one, when the text's first letter is. */
export function isRightToLeft(text: string, language?: string): boolean {
  if (language !== undefined && isRightToLeftLanguage(language)) return true;
  const first = LETTER.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT_LETTER.test(first);
}
