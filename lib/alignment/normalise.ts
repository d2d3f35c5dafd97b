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
for (const word of REFERENCE_WORDS) REFERENCE_SHAPES[shape(word)] = 1;

function shape(word: string): number {
  return (Math.imul(word.length, 0x9e3779b1) + Math.imul(word.charCodeAt(0), 31) + (word.charCodeAt(1) || 0)) & 0xffff;
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

interface Word {
  text: string;
  start: number;
  end: number;
  number: boolean;
  unspaced: boolean;
}

function scanWords(text: string): Word[] {
  const words: Word[] = [];
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
    for (index += text.codePointAt(index)! > 0xffff ? 2 : 1; index < text.length; ) {
      const next = classAt(text, index);
      const continues = unspaced
        ? next === CharClass.Unspaced || next === CharClass.Mark
        : next === CharClass.Letter || next === CharClass.Digit || next === CharClass.Mark;
      if (!continues) break;
      if (next === CharClass.Letter) number = false;
      index += text.codePointAt(index)! > 0xffff ? 2 : 1;
    }
    words.push({ text: text.slice(start, index), start, end: index, number: number && !unspaced, unspaced });
  }
  return words;
}

/** How many words from `index` on form a cross-reference tail: "24", "24 (a)", "2 through 5", "9.1.a". */
function referenceLength(text: string, words: readonly Word[], index: number): number {
  const isItem = (word: Word | undefined, previous: Word | undefined) =>
    word !== undefined &&
    (word.number ||
      (text[word.start - 1] === "(" && text[word.end] === ")") ||
      (previous !== undefined && text[word.start - 1] === "." && word.start - 1 === previous.end && word.text.length <= 3));
  let length = 0;
  while (isItem(words[index + length], words[index + length - 1])) {
    length++;
    let joiners = 0;
    while (words[index + length + joiners] && REFERENCE_JOINERS.has(words[index + length + joiners]!.text)) joiners++;
    if (joiners > 0 && isItem(words[index + length + joiners], undefined)) length += joiners;
  }
  return length;
}

function characterBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, index) => `${chars[index]}${char}`);
}

/**
 * Words of the text for similarity: letters and digits with their combining marks (Arabic
 * vowel signs, Vietnamese tones stay inside the word), no punctuation, no bare numbers, no
 * cross-references; Chinese and Japanese runs become character bigrams.
 */
export function tokenise(text: string): string[] {
  const normalised = ASCII.test(text) ? text.toLowerCase() : text.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
  const words = scanWords(normalised);
  const tokens: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (REFERENCE_SHAPES[shape(word.text)] === 1 && REFERENCE_WORDS.has(word.text)) {
      const tail = referenceLength(normalised, words, index + 1);
      if (tail > 0) {
        index += tail;
        continue;
      }
    }
    if (word.unspaced) tokens.push(...characterBigrams(word.text));
    else if (!word.number) tokens.push(word.text);
  }
  return tokens;
}
