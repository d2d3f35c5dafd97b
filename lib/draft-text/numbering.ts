import { toAsciiDigits } from "./arabic-numerals";
import { CHINESE_NUMERAL_CHARS, toAsciiFromFullWidth } from "./chinese-numerals";
import { romanToInt } from "./roman";

export interface ItemMarker {
  /** The marker as printed, whitespace normalised: "1.", "1 -", "(a)", "a)", "i.", "(أ)". */
  label: string;
  /** The marker without punctuation, ASCII digits for paragraphs: "1", "a", "iv", "أ". */
  number: string;
  /** Text on the same line after the marker. */
  rest: string;
}

// "1.", "1)", "1 -", "1-", "١.", "１．" followed by a space, the end of the line or a Chinese
// character (Chinese text has no spaces); at most three digits so that a line starting with a
// year ("2001. …") is not a paragraph.
const PARAGRAPH_MARKER =
  /^([0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]{1,3})(\s*[.)．]|\s*[-–])(?=\s|$|\p{Script=Han})\s*(.*)$/u;

export function matchParagraphMarker(line: string): ItemMarker | null {
  const match = PARAGRAPH_MARKER.exec(line);
  if (!match) return null;
  const [, digits = "", punctuation = "", rest = ""] = match;
  return {
    label: (digits + punctuation).replace(/\s+/g, " "),
    number: toAsciiFromFullWidth(toAsciiDigits(digits)),
    rest: rest.trim(),
  };
}

// Markers may be glued to their text ("a)Each Party…", "a.Iedere Partij…" occur in published
// texts), but "a." glued to a lowercase letter is an abbreviation such as "e.g.".
// "đ" follows "d" in Vietnamese lists.
const LATIN_SUBPARAGRAPH = /^(?:\(([a-zđ]{1,5})\)|([a-zđ]{1,5})\)|([a-zđ]{1,5})\.(?=\s|$|\p{Lu}))\s*(.*)$/u;

// Abjad order as used in Arabic UN documents; "هـ" is written with a tatweel.
const ARABIC_LETTER = "(هـ|[أبجدهوزحطيكلمنسعفصقرشتثخذضظغ])";
const ARABIC_SUBPARAGRAPH = new RegExp(`^(?:\\(${ARABIC_LETTER}\\)|${ARABIC_LETTER}\\))\\s*(.*)$`, "u");

// Russian texts letter items with Cyrillic letters: "а)", "б)" or "(а)".
const CYRILLIC_SUBPARAGRAPH = /^(?:\(([а-яё])\)|([а-яё])\))\s*(.*)$/u;

// Chinese texts number items "(一)" or, with full-width parentheses, "（一）".
const CHINESE_SUBPARAGRAPH = new RegExp(`^[(（]([${CHINESE_NUMERAL_CHARS}]{1,3})[)）]\\s*(.*)$`, "u");

// "(1)", "(٢)", "（1）": items under a lettered subparagraph, as Arabic texts number them beneath
// "(أ)" and Chinese ones beneath "(一)".
const DIGIT_ITEM = /^[(（]([0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]{1,2})[)）]\s*(.*)$/u;

export interface SubparagraphMarker extends ItemMarker {
  script: "latin" | "arabic" | "cyrillic" | "chinese" | "digit";
}

export function matchSubparagraphMarker(line: string): SubparagraphMarker | null {
  const latin = LATIN_SUBPARAGRAPH.exec(line);
  if (latin) {
    const token = latin[1] ?? latin[2] ?? latin[3] ?? "";
    if (token.length > 1 && romanToInt(token) === null) return null;
    const label = line.slice(0, line.length - (latin[4] ?? "").length).trim();
    return { label, number: token, rest: (latin[4] ?? "").trim(), script: "latin" };
  }
  const arabic = ARABIC_SUBPARAGRAPH.exec(line);
  if (arabic) {
    const token = arabic[1] ?? arabic[2] ?? "";
    const label = line.slice(0, line.length - (arabic[3] ?? "").length).trim();
    return { label, number: token, rest: (arabic[3] ?? "").trim(), script: "arabic" };
  }
  const cyrillic = CYRILLIC_SUBPARAGRAPH.exec(line);
  if (cyrillic) {
    const label = line.slice(0, line.length - (cyrillic[3] ?? "").length).trim();
    return { label, number: cyrillic[1] ?? cyrillic[2] ?? "", rest: (cyrillic[3] ?? "").trim(), script: "cyrillic" };
  }
  const chinese = CHINESE_SUBPARAGRAPH.exec(line);
  if (chinese) {
    const label = line.slice(0, line.length - (chinese[2] ?? "").length).trim();
    return { label, number: chinese[1] ?? "", rest: (chinese[2] ?? "").trim(), script: "chinese" };
  }
  const digit = DIGIT_ITEM.exec(line);
  if (digit) {
    const label = line.slice(0, line.length - (digit[2] ?? "").length).trim();
    const number = toAsciiFromFullWidth(toAsciiDigits(digit[1] ?? ""));
    return { label, number, rest: (digit[2] ?? "").trim(), script: "digit" };
  }
  return null;
}

// Letters that are also single-character Roman numerals, with the letter that precedes them.
const AMBIGUOUS_AFTER: Record<string, string> = { i: "h", v: "u", x: "w" };

/**
 * Whether a subparagraph marker is a lettered item or an item one level deeper (Roman "(ii)" or "(2)").
 * "(i)" is the letter i only when it follows "(h)"; likewise "(v)" after "(u)", "(x)" after "(w)".
 */
export function subparagraphLevel(marker: SubparagraphMarker, previousLetter: string | null): "letter" | "item" {
  if (marker.script === "arabic" || marker.script === "cyrillic" || marker.script === "chinese") return "letter";
  if (marker.script === "digit" || marker.number.length > 1) return "item";
  const predecessor = AMBIGUOUS_AFTER[marker.number];
  if (predecessor === undefined) return "letter";
  return previousLetter === predecessor ? "letter" : "item";
}
