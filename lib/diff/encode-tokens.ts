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

// Codes of one-code-unit keys (spaces, punctuation: half the tokens of a draft), indexed by that
// unit and cleared after each call: a typed-array read instead of hashing a string in a Map.
const singles = new Uint16Array(0x10000);

/** Returns null when the two key lists hold more distinct keys than there are code units. */
export function encodeTokens(
  beforeKeys: readonly string[],
  afterKeys: readonly string[],
  capacity = CODE_CAPACITY,
): EncodedPair | null {
  const codes = new Map<string, number>();
  const usedSingles: number[] = [];
  // Codes go to keys in order of first appearance, as diff-match-patch's semantic pass reads them.
  const fresh = (): number | null => {
    const count = codes.size + usedSingles.length;
    return count >= capacity ? null : codeUnit(count);
  };
  const codeOf = (key: string): number | null => {
    if (key.length !== 1) {
      const known = codes.get(key);
      if (known !== undefined) return known;
      const unit = fresh();
      if (unit !== null) codes.set(key, unit);
      return unit;
    }
    const single = key.charCodeAt(0);
    const known = singles[single]!;
    if (known !== 0) return known;
    const unit = fresh();
    if (unit !== null) {
      singles[single] = unit;
      usedSingles.push(single);
    }
    return unit;
  };
  const encode = (keys: readonly string[]): string | null => {
    const units = new Uint16Array(keys.length);
    for (let index = 0; index < keys.length; index++) {
      const unit = codeOf(keys[index]!);
      if (unit === null) return null;
      units[index] = unit;
    }
    return fromCodeUnits(units);
  };
  const before = encode(beforeKeys);
  const after = before === null ? null : encode(afterKeys);
  for (const single of usedSingles) singles[single] = 0;
  return before === null || after === null ? null : { before, after };
}

// Codes to a string a chunk at a time (a call takes only so many arguments): a third faster than
// joining one-character strings.
const CHUNK = 8192;

function fromCodeUnits(units: Uint16Array): string {
  let text = "";
  for (let start = 0; start < units.length; start += CHUNK) {
    // apply takes any array-like; spreading a typed array would go through its iterator, slowly.
    text += String.fromCharCode.apply(null, units.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return text;
}

function codeUnit(index: number): number {
  const unit = index + 1;
  return unit >= FIRST_SURROGATE ? unit + (LAST_SURROGATE - FIRST_SURROGATE + 1) : unit;
}
