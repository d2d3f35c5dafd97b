import { arabicOrdinalValue, toAsciiDigits } from "./arabic-numerals";
import { romanToInt } from "./roman";
import { stripHeadingMarks, stripHeadingMarkup } from "./text-cleanup";
import type { ProvisionKind } from "./types";

export type HeadingKind = Exclude<ProvisionKind, "PARAGRAPH" | "SUBPARAGRAPH">;

/**
 * Heading words per language (ISO 639-1). Add a language by adding a row; a kind a language does
 * not use is simply left out.
 */
export const HEADING_WORDS: Readonly<Record<string, Partial<Record<HeadingKind, readonly string[]>>>> = {
  en: { PREAMBLE: ["Preamble"], PART: ["Part"], CHAPTER: ["Chapter"], SECTION: ["Section"], TITLE: ["Title"], ARTICLE: ["Article"], ANNEX: ["Annex"] },
  nl: { PREAMBLE: ["Preambule"], PART: ["Deel"], CHAPTER: ["Hoofdstuk"], SECTION: ["Afdeling"], TITLE: ["Titel"], ARTICLE: ["Artikel"], ANNEX: ["Bijlage"] },
  fr: { PREAMBLE: ["Préambule", "Preambule"], PART: ["Partie"], CHAPTER: ["Chapitre"], SECTION: ["Section"], TITLE: ["Titre"], ARTICLE: ["Article"], ANNEX: ["Annexe"] },
  es: { PREAMBLE: ["Preámbulo"], PART: ["Parte"], CHAPTER: ["Capítulo"], SECTION: ["Sección"], TITLE: ["Título"], ARTICLE: ["Artículo"], ANNEX: ["Anexo"] },
  ru: { PREAMBLE: ["Преамбула"], PART: ["Часть"], CHAPTER: ["Глава"], SECTION: ["Раздел"], ARTICLE: ["Статья"], ANNEX: ["Приложение"] },
  vi: { PREAMBLE: ["Lời nói đầu"], PART: ["Phần"], CHAPTER: ["Chương"], SECTION: ["Mục"], ARTICLE: ["Điều"], ANNEX: ["Phụ lục"] },
  ar: { PREAMBLE: ["الديباجة"], PART: ["الجزء"], CHAPTER: ["الفصل"], SECTION: ["الفرع"], ARTICLE: ["المادة"], ANNEX: ["المرفق"] },
};

interface HeadingWord {
  kind: HeadingKind;
  pattern: RegExp;
}

const wordCache = new Map<string, HeadingWord[]>();

/** Words of one language, or of every language when it is not given or not in the table. */
function headingWords(language: string | undefined): HeadingWord[] {
  const code = language?.split(/[-_]/)[0]?.toLowerCase() ?? "";
  const key = code in HEADING_WORDS ? code : "*";
  const cached = wordCache.get(key);
  if (cached) return cached;
  const rows = key === "*" ? Object.values(HEADING_WORDS) : [HEADING_WORDS[key] ?? {}];
  const words = rows
    .flatMap((row) => Object.entries(row).flatMap(([kind, list]) => (list ?? []).map((word) => ({ kind: kind as HeadingKind, word }))))
    // Longest first so that "Partie" is tried before "Part".
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ kind, word }) => ({ kind, pattern: new RegExp(`^${word.normalize("NFC")}`, "iu") }));
  wordCache.set(key, words);
  return words;
}

export interface StructuralHeading {
  kind: Exclude<HeadingKind, "PREAMBLE">;
  label: string;
  number: string | null;
  /** Heading written on the same line after a separator ("Article 5. Respect for human rights"). */
  heading: string | null;
}

const SEPARATOR = /^\s*[.:\-–—](?=\s|$)\s*/u;
const NUMBER = /^(\d{1,4}|[\u0660-\u0669\u06F0-\u06F9]{1,4}|[ivxlcdm]{1,8}|[A-Z])(?:\s+(bis|ter|quater))?(?=$|[\s.:\-–—])/iu;
const ARABIC_WORDS = /^([\u0621-\u064A]+)(?:\s+([\u0621-\u064A]+))?/u;

interface NumberMatch {
  printed: string;
  value: string;
  length: number;
}

function matchNumber(rest: string, kind: HeadingKind): NumberMatch | null {
  const plain = NUMBER.exec(rest);
  if (plain) {
    const [whole, token = "", suffix] = plain;
    const isDigits = /^[\d\u0660-\u0669\u06F0-\u06F9]+$/.test(token);
    // A lone capital letter numbers annexes ("Annex A") but nothing else.
    const isLetter = !isDigits && romanToInt(token) === null;
    if (isLetter && !(kind === "ANNEX" && /^[A-Z]$/.test(token))) return null;
    const value = isDigits ? toAsciiDigits(token) : token.toUpperCase();
    return { printed: whole, value: suffix ? `${value} ${suffix.toLowerCase()}` : value, length: whole.length };
  }
  const words = ARABIC_WORDS.exec(rest);
  if (!words) return null;
  const [twoWords, first = ""] = words;
  for (const candidate of [twoWords, first]) {
    const value = arabicOrdinalValue(candidate);
    if (value !== null) return { printed: candidate, value: String(value), length: candidate.length };
  }
  return null;
}

/** A part/chapter/section/title/article/annex heading line, or null. */
export function matchStructuralHeading(line: string, language?: string): StructuralHeading | null {
  const text = stripHeadingMarkup(line);
  for (const { kind, pattern } of headingWords(language)) {
    if (kind === "PREAMBLE") continue;
    const wordMatch = pattern.exec(text);
    if (!wordMatch) continue;
    const afterWord = text.slice(wordMatch[0].length);
    if (afterWord !== "" && !/^[\s.:\-–—]/u.test(afterWord)) continue;
    const rest = afterWord.trimStart();
    const number = matchNumber(rest, kind);
    if (!number && kind !== "ANNEX") continue;
    const remainder = number ? rest.slice(number.length) : rest;
    let heading: string | null = null;
    if (remainder.trim() !== "") {
      const separator = SEPARATOR.exec(remainder);
      if (!separator) continue;
      heading = remainder.slice(separator[0].length).trim() || null;
    }
    const label = number ? `${wordMatch[0]} ${number.printed}` : wordMatch[0];
    return { kind, label: label.replace(/\s+/g, " "), number: number?.value ?? null, heading };
  }
  return null;
}

export interface PreambleHeading {
  label: string;
  /** Preamble text that follows the heading word on the same line, if any. */
  inlineText: string | null;
}

/**
 * A preamble heading, alone or followed by the preamble's first words on the same line — published
 * texts contain both "Preamble The member States…" and "PreambuleDe lidstaten…".
 */
export function matchPreambleHeading(line: string, language?: string): PreambleHeading | null {
  // Emphasis is stripped around the heading word only: the inline text keeps its own markup.
  const text = stripHeadingMarks(line).replace(/^[*_]+/, "");
  for (const { kind, pattern } of headingWords(language)) {
    if (kind !== "PREAMBLE") continue;
    const wordMatch = pattern.exec(text);
    if (!wordMatch) continue;
    const rest = text.slice(wordMatch[0].length).replace(/^[*_]+/, "");
    if (rest !== "" && !/^[\s.:\-–—]/u.test(rest) && !/^\p{Lu}/u.test(rest)) continue;
    const inlineText = rest.replace(SEPARATOR, "").trim();
    return { label: wordMatch[0], inlineText: inlineText === "" ? null : inlineText };
  }
  return null;
}
