import { arabicOrdinalValue, toAsciiDigits } from "./arabic-numerals";
import { CHINESE_NUMERAL_CHARS, chineseNumeralValue, toAsciiFromFullWidth } from "./chinese-numerals";
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
  // Chinese numbered headings wrap the number ("第五条", "第二章") and are read by matchChineseHeading.
  zh: { PREAMBLE: ["序言"] },
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

// French numbers the first article and chapter "premier" ("Article premier", "Article 1er").
const FRENCH_FIRST = /^(?:premier|première|1er|1re)(?=$|[\s.:\-–—])/iu;

function matchNumber(rest: string, kind: HeadingKind): NumberMatch | null {
  const premier = FRENCH_FIRST.exec(rest);
  if (premier) return { printed: premier[0], value: "1", length: premier[0].length };
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

const CHINESE_KINDS: Readonly<Record<string, Exclude<HeadingKind, "PREAMBLE">>> = {
  部分: "PART", 编: "PART", 章: "CHAPTER", 节: "SECTION", 条: "ARTICLE",
};
const CHINESE_SUFFIXES: Readonly<Record<string, string>> = { 二: "bis", 三: "ter", 四: "quater" };
const CHINESE_NUMBER = `[0-9\uFF10-\uFF19]{1,4}|[${CHINESE_NUMERAL_CHARS}]{1,8}`;
// The heading may follow on the same line after a space or punctuation ("第一章 总则", "第一章：总则").
const CHINESE_REST = "(?:$|[\\s:：.．、\\-–—]\\s*(.*)$)";
const CHINESE_HEADING = new RegExp(`^第\\s*(${CHINESE_NUMBER})\\s*(部分|编|章|节|条)(?:之([二三四]))?${CHINESE_REST}`, "u");
const CHINESE_ANNEX = new RegExp(`^附件(?:\\s*(${CHINESE_NUMBER}|[A-Z]))?${CHINESE_REST}`, "u");

function chineseNumber(token: string): string {
  if (/^[0-9\uFF10-\uFF19]+$/.test(token)) return toAsciiFromFullWidth(token);
  return String(chineseNumeralValue(token) ?? token);
}

/** "第二十四条", "第5条", "第二章 总则", "第五条之二" (bis), "附件一". */
function matchChineseHeading(text: string): StructuralHeading | null {
  const numbered = CHINESE_HEADING.exec(text);
  if (numbered) {
    const [, token = "", unit = "", suffix, heading] = numbered;
    const kind = CHINESE_KINDS[unit];
    if (!kind) return null;
    const label = `第${token}${unit}${suffix ? `之${suffix}` : ""}`;
    const number = chineseNumber(token) + (suffix ? ` ${CHINESE_SUFFIXES[suffix]}` : "");
    return { kind, label, number, heading: heading?.trim() || null };
  }
  const annex = CHINESE_ANNEX.exec(text);
  if (!annex) return null;
  const [, token, heading] = annex;
  return { kind: "ANNEX", label: `附件${token ?? ""}`, number: token ? chineseNumber(token) : null, heading: heading?.trim() || null };
}

function readsChinese(language: string | undefined): boolean {
  const code = language?.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return code === "zh" || !(code in HEADING_WORDS);
}

/** A part/chapter/section/title/article/annex heading line, or null. */
export function matchStructuralHeading(line: string, language?: string): StructuralHeading | null {
  const text = stripHeadingMarkup(line);
  if (readsChinese(language) && /^(?:第|附件)/u.test(text)) return matchChineseHeading(text);
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
