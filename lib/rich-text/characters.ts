// Characters a stored comment may not contain. PostgreSQL's jsonb refuses U+0000 and lone
// surrogates, and the other C0 controls have no meaning in commentary (tab and line breaks do).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "gu");

export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** Drops control characters, replaces lone surrogates, and composes (NFC) so search and exports see one spelling. */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN_ALL, (match) => (/\p{Cs}/u.test(match) ? "\uFFFD" : "")).normalize("NFC");
}

/** Length in Unicode code points, so an emoji or a supplementary CJK character counts once. */
export function codePointLength(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}
