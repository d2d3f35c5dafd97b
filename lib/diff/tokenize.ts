/**
 * Splits text into the units a reader sees change: whole words, whitespace runs, single
 * punctuation marks. Every character lands in exactly one token, so tokens join back to the text.
 */

export type TokenKind = "word" | "whitespace" | "punctuation" | "symbol";

// Chinese and Japanese are written without spaces and have no dictionary-free word boundary, so
// each character is its own unit. U+30FC (prolonged sound mark) has script Common but only occurs
// inside kana words.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC`;
// Combining marks (harakat, Vietnamese tones in NFD) and zero-width joiners belong to the letter
// they follow; tatweel is a letter (Lm) already.
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}\u200C\u200D])`;
// Apostrophes and hyphens between letters keep "State's" and "cross-border" whole; a decimal or
// thousands separator between digits keeps "1,000" and "2.5" whole.
const JOINER = String.raw`(?:['’ʼ\u2010\u2011-]|(?<=\p{N})[.,٫٬](?=\p{N}))`;
const TOKEN = new RegExp(
  [
    String.raw`\s+`,
    String.raw`[${CJK}]\p{M}*`,
    `${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*`,
    // Anything else is one code point (never half a surrogate pair) with the marks on it.
    String.raw`[^]\p{M}*`,
  ].join("|"),
  "gu",
);

// French elides articles and a few conjunctions onto the next word ("l'État", "qu'il"): the
// article is a word of its own, so "l'État" → "de l'État" changes one word, not two.
const FRENCH_ELISION = /^((?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’])(?=\p{L})/iu;

const WORD_START = new RegExp(`^(?:${WORD_CHAR}|[${CJK}])`, "u");
const PUNCTUATION_START = /^\p{P}/u;

export function tokenize(text: string, language?: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  return primaryLanguage(language) === "fr" ? tokens.flatMap(splitElision) : tokens;
}

export function tokenKind(token: string): TokenKind {
  if (WORD_START.test(token)) return "word";
  if (/^\s/u.test(token)) return "whitespace";
  return PUNCTUATION_START.test(token) ? "punctuation" : "symbol";
}

function splitElision(token: string): string[] {
  const elided = FRENCH_ELISION.exec(token)?.[1];
  return elided === undefined ? [token] : [elided, ...splitElision(token.slice(elided.length))];
}

function primaryLanguage(language: string | undefined): string | undefined {
  return language?.split(/[-_]/)[0]?.toLowerCase();
}
