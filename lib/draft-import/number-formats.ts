// Word's list number formats (w:numFmt), rendered as Word displays them.

const ROMAN: readonly [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(value: number): string {
  let rest = value;
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** Word letters past the end of the alphabet repeat: a … z, aa … zz, aaa … */
function repeatedLetter(value: number, alphabet: readonly string[]): string {
  const letter = alphabet[(value - 1) % alphabet.length] ?? "";
  return letter.repeat(Math.floor((value - 1) / alphabet.length) + 1);
}

const LATIN = [..."abcdefghijklmnopqrstuvwxyz"];
// Russian legal enumerations skip й, ъ, ы, ь.
const RUSSIAN = [..."абвгдежзиклмнопрстуфхцчшщэюя"];
// Arabic letters in abjad order, as Arabic UN documents letter subparagraphs; "هـ" keeps its tatweel.
const ABJAD = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"];
const ARABIC_ALPHA = ["أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "هـ", "و", "ي"];
const CHINESE_DIGITS = [..."〇一二三四五六七八九"];
const HEAVENLY_STEMS = [..."甲乙丙丁戊己庚辛壬癸"];

function chineseCounting(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value] ?? "";
  if (value < 100) {
    const tens = Math.floor(value / 10);
    const units = value % 10;
    return `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十${units === 0 ? "" : CHINESE_DIGITS[units]}`;
  }
  return String(value);
}

function shiftDigits(value: number, zero: number): string {
  return String(value).replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));
}

/** The number `value` in Word format `format`; "" for "none", a bullet for "bullet". */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case "none":
      return "";
    case "bullet":
      return "•";
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    case "lowerLetter":
      return repeatedLetter(value, LATIN);
    case "upperLetter":
      return repeatedLetter(value, LATIN).toUpperCase();
    case "russianLower":
      return repeatedLetter(value, RUSSIAN);
    case "russianUpper":
      return repeatedLetter(value, RUSSIAN).toUpperCase();
    case "arabicAbjad":
      return repeatedLetter(value, ABJAD);
    case "arabicAlpha":
      return repeatedLetter(value, ARABIC_ALPHA);
    case "hindiNumbers":
      return shiftDigits(value, 0x0660);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return shiftDigits(value, 0xff10);
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
      return chineseCounting(value);
    case "ideographDigital":
    case "taiwaneseDigital":
      return [...String(value)].map((digit) => CHINESE_DIGITS[Number(digit)]).join("");
    case "ideographTraditional":
      return HEAVENLY_STEMS[(value - 1) % HEAVENLY_STEMS.length] ?? String(value);
    case "decimalEnclosedParen":
      return `(${value})`;
    default:
      return String(value);
  }
}
