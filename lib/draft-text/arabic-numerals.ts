/** Arabic-Indic (U+0660…) and Extended Arabic-Indic / Persian (U+06F0…) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
    String(digit.charCodeAt(0) - (digit.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)),
  );
}

// Spelling varies between documents (hamza or not, tā' marbūṭa or hā'), so words are
// compared after folding those variants away.
function fold(word: string): string {
  return word.replace(/[أإآ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/^ال/, "");
}

// Masculine forms serve chapters/parts ("الفصل الأول"), feminine ones articles ("المادة الأولى").
const UNITS: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, حاديه: 1,
  ثاني: 2, ثانيه: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5,
  سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9,
  عاشر: 10, عاشره: 10,
};

const TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};

/**
 * Value of an Arabic ordinal of one or two words ("الأول", "الحادي عشر", "الثالث والعشرون"),
 * or null when the words are not an ordinal.
 */
export function arabicOrdinalValue(words: string): number | null {
  const parts = words.trim().split(/\s+/).map(fold);
  const [first, second] = parts;
  if (first === undefined || parts.length > 2) return null;
  if (second === undefined) return UNITS[first] ?? TENS[first] ?? null;
  const unit = UNITS[first];
  if (unit === undefined || unit === 10) return null;
  if (second === "عشر" || second === "عشره") return 10 + unit;
  const tens = TENS[fold(second.replace(/^و/, ""))];
  return tens === undefined ? null : tens + unit;
}
