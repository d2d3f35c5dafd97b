// Text as the similarity measures see it: NFKC, lowercase, words without punctuation. Numbers and
// cross-references are dropped because they change with every renumbering ("article 24" becomes
// "article 27") while the provision stays put. A hand-written scanner rather than Unicode regular
// expressions: tokenising is most of the cost of aligning two drafts.

// Words that introduce a cross-reference, in the languages drafts come in (UN official languages
// and the Dutch of the Budapest corpus). Dropped only when a number follows.
const REFERENCE_WORDS = new Set(
  ("article articles art arts paragraph paragraphs para paras subparagraph subparagraphs chapter chapters " +
    "section sections annex annexes artikel artikelen lid leden hoofdstuk hoofdstukken artículo artículos " +
    "párrafo párrafos apartado apartados capítulo capítulos alinéa alinéas " +
    "المادة المادتان المادتين المواد الفقرة الفقرتان الفقرتين الفقرات الفصل статья статьи статей пункт пункта пункты пунктов").split(" "),
);
// A word can be one of them only if a word of theirs has its length and first two characters:
// most words fail this test, which is cheaper than looking them up in the set.
const REFERENCE_SHAPES = new Uint8Array(0x10000);
for (const word of REFERENCE_WORDS) REFERENCE_SHAPES[shape(word, 0, word.length)] = 1;

function shape(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return (Math.imul(end - start, 0x9e3779b1) + Math.imul(text.charCodeAt(start), 31) + second) & 0xffff;
}

// Words that continue a list of references ("articles 2 through 5", "17 و 24") before a number.
const REFERENCE_JOINERS = new Set("and or to through et ou à y o a en of tot met و أو إلى и или".split(" "));

const enum CharClass {
  Unknown = 0,
  Other,
  Letter,
  Digit,
  Mark,
  /** Chinese and Japanese characters: written without spaces between words. */
  Unspaced,
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MARK = /\p{M}/u;
// With the prolonged sound mark (ー) and the iteration mark (々), which belong to no one script.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
// Tatweel stretches Arabic words and the soft hyphen hides in copied text: neither separates words.
const INVISIBLE = /[\u0640\u00ad\u200b]/g;
// Plain ASCII is its own NFKC and holds none of the invisible characters: most of an English draft.
const ASCII = /^[\x00-\x7f]*$/;

const classes = new Uint8Array(0x10000);

function classify(char: string): CharClass {
  if (UNSPACED.test(char)) return CharClass.Unspaced;
  if (LETTER.test(char)) return CharClass.Letter;
  if (DIGIT.test(char)) return CharClass.Digit;
  if (MARK.test(char)) return CharClass.Mark;
  return CharClass.Other;
}

/** The class of the character at `index`, cached for the Basic Multilingual Plane. */
function classAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(index) ?? code));
  const cached = classes[code] as CharClass;
  if (cached !== CharClass.Unknown) return cached;
  const found = classify(text[index] ?? "");
  classes[code] = found;
  return found;
}

/** Code units of the character at `index`: two for a surrogate pair. Read per character, so no codePointAt. */
function width(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Ranges of a text in reusable buffers, valid until the next scan: a line of a draft has dozens of
 * words, and an object and a string for each cost more than finding them.
 */
class Ranges {
  count = 0;
  starts: Int32Array<ArrayBuffer> = new Int32Array(256);
  ends: Int32Array<ArrayBuffer> = new Int32Array(256);

  reset(): void {
    this.count = 0;
  }

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(2 * array.length);
  larger.set(array);
  return larger;
}

const words = new Ranges();
// For each word: digits only (a bare number), or a run of Chinese or Japanese characters.
const BARE_NUMBER = 1;
const UNSPACED_RUN = 2;
let wordKinds: Uint8Array<ArrayBuffer> = new Uint8Array(256);

function scanWords(text: string): void {
  words.reset();
  let index = 0;
  while (index < text.length) {
    const first = classAt(text, index);
    if (first !== CharClass.Letter && first !== CharClass.Digit && first !== CharClass.Unspaced) {
      index++;
      continue;
    }
    const unspaced = first === CharClass.Unspaced;
    const start = index;
    let number = first === CharClass.Digit;
    for (index += width(text, index); index < text.length; ) {
      const next = classAt(text, index);
      const continues = unspaced
        ? next === CharClass.Unspaced || next === CharClass.Mark
        : next === CharClass.Letter || next === CharClass.Digit || next === CharClass.Mark;
      if (!continues) break;
      if (next === CharClass.Letter) number = false;
      index += width(text, index);
    }
    if (words.count === wordKinds.length) {
      const larger = new Uint8Array(2 * wordKinds.length);
      larger.set(wordKinds);
      wordKinds = larger;
    }
    wordKinds[words.count] = unspaced ? UNSPACED_RUN : number ? BARE_NUMBER : 0;
    words.push(start, index);
  }
}

function wordText(text: string, word: number): string {
  return text.slice(words.starts[word], words.ends[word]);
}

/** How many words from `index` on form a cross-reference tail: "24", "24 (a)", "2 through 5", "9.1.a". */
function referenceLength(text: string, index: number): number {
  const isItem = (word: number, previous: number) => {
    if (word >= words.count) return false;
    const start = words.starts[word]!;
    const end = words.ends[word]!;
    return (
      wordKinds[word] === BARE_NUMBER ||
      (text[start - 1] === "(" && text[end] === ")") ||
      (previous >= 0 && text[start - 1] === "." && start - 1 === words.ends[previous] && end - start <= 3)
    );
  };
  let length = 0;
  while (isItem(index + length, index + length - 1)) {
    length++;
    let joiners = 0;
    while (index + length + joiners < words.count && REFERENCE_JOINERS.has(wordText(text, index + length + joiners))) joiners++;
    if (joiners > 0 && isItem(index + length + joiners, -1)) length += joiners;
  }
  return length;
}

/** The tokens of `tokenise` as ranges of `text`, its normalised form. */
export interface TokenRanges {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

const tokens = new Ranges();

/** `tokenise` without making the strings: ranges valid until the next call. */
export function tokenRanges(text: string): TokenRanges {
  const normalised = ASCII.test(text) ? text.toLowerCase() : text.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
  scanWords(normalised);
  tokens.reset();
  for (let index = 0; index < words.count; index++) {
    const start = words.starts[index]!;
    const end = words.ends[index]!;
    if (REFERENCE_SHAPES[shape(normalised, start, end)] === 1 && REFERENCE_WORDS.has(normalised.slice(start, end))) {
      const tail = referenceLength(normalised, index + 1);
      if (tail > 0) {
        index += tail;
        continue;
      }
    }
    if (wordKinds[index] === UNSPACED_RUN) characterBigrams(normalised, start, end);
    else if (wordKinds[index] !== BARE_NUMBER) tokens.push(start, end);
  }
  return { text: normalised, count: tokens.count, starts: tokens.starts, ends: tokens.ends };
}

/** Each two neighbouring code points of the run (the one, alone). */
function characterBigrams(text: string, start: number, end: number): void {
  const next = (at: number) => at + width(text, at);
  let first = start;
  let second = next(first);
  if (second >= end) {
    tokens.push(start, end);
    return;
  }
  for (; second < end; first = next(first), second = next(second)) tokens.push(first, next(second));
}

/**
 * Words of the text for similarity: letters and digits with their combining marks (Arabic
 * vowel signs, Vietnamese tones stay inside the word), no punctuation, no bare numbers, no
 * cross-references; Chinese and Japanese runs become character bigrams.
 */
export function tokenise(text: string): string[] {
  const { text: normalised, count, starts, ends } = tokenRanges(text);
  const found: string[] = [];
  for (let index = 0; index < count; index++) found.push(normalised.slice(starts[index], ends[index]));
  return found;
}
