// Where text may be cut. A cut must never separate a surrogate pair, a base letter from its
// combining marks (Vietnamese tones, Arabic harakat) or the parts of a joined emoji: the halves
// would render as garbage and no longer match the text they came from.

const JOINS_PREVIOUS = /^[\p{M}\u200D]/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}_]/u;

/** True when `index` falls between two user-perceived characters (or at either end). */
export function isClusterBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) return false;
  if (previous === 0x200d) return false;
  return !JOINS_PREVIOUS.test(text.slice(index, index + 2));
}

/** The character (code point) starting at `index` is part of a word. */
export function isWordCharacterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHARACTER.test(text.slice(index, index + 2));
}

/** The code point ending just before `index` is part of a word. */
export function isWordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(text.slice(start, index));
}

/** A cut at `index` would not split a word. */
export function isWordBoundary(text: string, index: number): boolean {
  return !(isWordCharacterBefore(text, index) && isWordCharacterAt(text, index));
}
