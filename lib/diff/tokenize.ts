/**
 * Splits text into the units a reader sees change: whole words, whitespace runs, single
 * punctuation marks. Every character lands in exactly one token, so tokens join back to the text.
 *
 * A scanner over cached character classes rather than one Unicode regular expression: the
 * expression cost more than the rest of a draft comparison put together.
 */

// Unicode classes of a code point as bit flags, each found once with a regular expression.
const SPACE = 1 << 0;
/** Chinese and Japanese: each character is a word of its own. */
const CJK = 1 << 1;
/** Letters, digits, combining marks and zero-width (non-)joiners outside Chinese and Japanese. */
const WORD = 1 << 2;
const MARK = 1 << 3;
const NUMBER = 1 << 4;
const PUNCTUATION = 1 << 5;
/** Apostrophes and hyphens: keep a word whole between letters ("State's", "cross-border"). */
const JOINER = 1 << 6;
/** Decimal and thousands separators: keep a number whole between digits ("1,000", "٤٫٥"). */
const DECIMAL_SEPARATOR = 1 << 7;
const KNOWN = 1 << 8;

// U+30FC (prolonged sound mark) has script Common but only occurs inside kana words.
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]$/u;
// Combining marks (harakat, Vietnamese tones in NFD) and zero-width joiners belong to the letter
// they follow; tatweel is a letter (Lm) already.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u200C\u200D]$/u;
const CLASSES: [RegExp, number][] = [
  [/^\s$/u, SPACE],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\p{P}$/u, PUNCTUATION],
  [/^['’ʼ\u2010\u2011-]$/u, JOINER],
  [/^[.,٫٬]$/u, DECIMAL_SEPARATOR],
];

const basic = new Uint16Array(0x10000);
const astral = new Map<number, number>();

function charFlags(codePoint: number): number {
  if (codePoint < 0x10000) {
    const cached = basic[codePoint]!;
    if (cached !== 0) return cached;
    return (basic[codePoint] = classify(codePoint));
  }
  let flags = astral.get(codePoint);
  if (flags === undefined) {
    flags = classify(codePoint);
    astral.set(codePoint, flags);
  }
  return flags;
}

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  let flags = KNOWN;
  if (CJK_CHAR.test(char)) flags |= CJK;
  else if (WORD_CHAR.test(char)) flags |= WORD;
  for (const [pattern, flag] of CLASSES) if (pattern.test(char)) flags |= flag;
  return flags;
}

export type TokenKind = "word" | "whitespace" | "punctuation" | "symbol";

/** Tokens of a text and the kind of each, read in the same pass. */
export interface Tokens {
  tokens: string[];
  kinds: TokenKind[];
}

// French elides articles and a few conjunctions onto the next word ("l'État", "qu'il"): the
// article is a word of its own, so "l'État" → "de l'État" changes one word, not two.
const FRENCH_ELISION = /^((?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’])(?=\p{L})/iu;

export function tokenize(text: string, language?: string): string[] {
  return scanTokens(text, language).tokens;
}

export function scanTokens(text: string, language?: string): Tokens {
  const tokens: string[] = [];
  const kinds: TokenKind[] = [];
  const elide = primaryLanguage(language) === "fr";
  for (let start = 0; start < text.length; ) {
    const end = tokenEnd(text, start);
    const kind = kindAt(text, start);
    const token = text.slice(start, end);
    if (elide && kind === "word") {
      for (const part of splitElision(token)) {
        tokens.push(part);
        kinds.push("word");
      }
    } else {
      tokens.push(token);
      kinds.push(kind);
    }
    start = end;
  }
  return { tokens, kinds };
}

/** How many of the text's tokens are words, without making the tokens. */
export function countWords(text: string): number {
  let words = 0;
  for (let start = 0; start < text.length; start = tokenEnd(text, start)) {
    if (kindAt(text, start) === "word") words++;
  }
  return words;
}

export function tokenKind(token: string): TokenKind {
  return kindOf(token.length === 0 ? 0 : charFlags(token.codePointAt(0)!));
}

function kindOf(flags: number): TokenKind {
  if (flags & (WORD | CJK)) return "word";
  if (flags & SPACE) return "whitespace";
  return flags & PUNCTUATION ? "punctuation" : "symbol";
}

function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** The kind of the token starting at `start`: its first character decides. */
function kindAt(text: string, start: number): TokenKind {
  return kindOf(charFlags(text.codePointAt(start)!));
}

/**
 * Where the token starting at `start` ends: a whitespace run; a Chinese or Japanese character (no
 * dictionary-free word boundary there) with its marks; a word (letters, digits, combining marks,
 * zero-width joiners) that apostrophes and hyphens between letters keep whole ("State's",
 * "cross-border"), as separators between digits do ("1,000", "2.5"); else one code point (never
 * half a surrogate pair) with its marks. Only the end, not an object with the kind: this runs
 * once per token of every text compared.
 */
function tokenEnd(text: string, start: number): number {
  const first = text.codePointAt(start)!;
  const flags = charFlags(first);
  const at = start + width(first);
  if (flags & SPACE) {
    let end = at;
    while (end < text.length && charFlags(text.charCodeAt(end)) & SPACE) end++;
    return end;
  }
  return flags & WORD ? wordEnd(text, at, flags) : marksEnd(text, at);
}

function marksEnd(text: string, at: number): number {
  while (at < text.length) {
    const next = text.codePointAt(at)!;
    if (!(charFlags(next) & MARK)) break;
    at += width(next);
  }
  return at;
}

function wordEnd(text: string, at: number, firstFlags: number): number {
  let last = firstFlags;
  for (;;) {
    while (at < text.length) {
      const next = text.codePointAt(at)!;
      const flags = charFlags(next);
      if (!(flags & WORD)) break;
      last = flags;
      at += width(next);
    }
    if (at >= text.length) return at;
    const joiner = charFlags(text.charCodeAt(at));
    const after = at + 1 < text.length ? charFlags(text.codePointAt(at + 1)!) : 0;
    const joins = joiner & JOINER ? after & WORD : joiner & DECIMAL_SEPARATOR && last & NUMBER && after & WORD && after & NUMBER;
    if (!joins) return at;
    at++;
  }
}

function splitElision(token: string): string[] {
  const elided = FRENCH_ELISION.exec(token)?.[1];
  return elided === undefined ? [token] : [elided, ...splitElision(token.slice(elided.length))];
}

function primaryLanguage(language: string | undefined): string | undefined {
  return language?.split(/[-_]/)[0]?.toLowerCase();
}
