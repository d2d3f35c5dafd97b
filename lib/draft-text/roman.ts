// Strict canonical form, so that ordinary words ("mix", "dim") are not read as numbers.
const CANONICAL_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a Roman numeral in either case, or null when it is not a canonical numeral. */
export function romanToInt(text: string): number | null {
  const upper = text.toUpperCase();
  if (upper === "" || !CANONICAL_ROMAN.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = VALUES[upper.charAt(i)] ?? 0;
    const next = VALUES[upper.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
