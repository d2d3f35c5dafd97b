/**
 * diff-match-patch diffs strings of UTF-16 code units. Giving each distinct token one code unit
 * (as its line mode does for lines) makes it diff whole tokens, never parts of words.
 */

const FIRST_SURROGATE = 0xd800;
const LAST_SURROGATE = 0xdfff;
// Code units 1..0xFFFF minus the surrogate block: a lone surrogate is a valid code unit for
// diff-match-patch, but skipping them keeps the encoded strings well-formed.
export const CODE_CAPACITY = 0xffff - (LAST_SURROGATE - FIRST_SURROGATE + 1);

export interface EncodedPair {
  before: string;
  after: string;
}

/** Returns null when the two key lists hold more distinct keys than there are code units. */
export function encodeTokens(
  beforeKeys: readonly string[],
  afterKeys: readonly string[],
  capacity = CODE_CAPACITY,
): EncodedPair | null {
  const codes = new Map<string, string>();
  const encode = (keys: readonly string[]): string | null => {
    const units: string[] = [];
    for (const key of keys) {
      let unit = codes.get(key);
      if (unit === undefined) {
        if (codes.size >= capacity) return null;
        unit = String.fromCharCode(codeUnit(codes.size));
        codes.set(key, unit);
      }
      units.push(unit);
    }
    return units.join("");
  };
  const before = encode(beforeKeys);
  const after = before === null ? null : encode(afterKeys);
  return before === null || after === null ? null : { before, after };
}

function codeUnit(index: number): number {
  const unit = index + 1;
  return unit >= FIRST_SURROGATE ? unit + (LAST_SURROGATE - FIRST_SURROGATE + 1) : unit;
}
