const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with, for building patterns. */
export const CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千";

/** Full-width digits (０–９) to ASCII. */
export function toAsciiFromFullWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
}

/**
 * Value of a Chinese numeral below 10 000 ("五", "十二", "二十四", "一百零五", or positional
 * "二〇二四"), or null when the text is not one. A leading "十" means ten ("十二" = 12), as in headings such as "第十二条".
 */
export function chineseNumeralValue(text: string): number | null {
  const chars = [...text];
  if (chars.length === 0 || !chars.every((char) => char in DIGITS || char in UNITS)) return null;
  // Without unit characters the digits are positional, as in "二〇二四".
  if (!chars.some((char) => char in UNITS)) return chars.reduce((value, char) => value * 10 + (DIGITS[char] ?? 0), 0);
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    const unit = UNITS[char];
    if (unit === undefined) {
      digit = DIGITS[char] ?? 0;
      continue;
    }
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}
