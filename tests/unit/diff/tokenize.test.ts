import { describe, expect, it } from "vitest";
import { countWords, scanTokens, tokenize, tokenKind } from "../../../lib/diff/tokenize";
import { pick, randomInt, seededRandom } from "../../helpers/seeded-random";

const words = (text: string, language?: string) => tokenize(text, language).filter((token) => tokenKind(token) === "word");

describe("tokenize", () => {
  it("keeps English possessives, hyphenated words and numbers whole, and splits references", () => {
    expect(tokenize("The State's cross-border data, 24(1)(a) and 1,000.")).toEqual([
      "The", " ", "State's", " ", "cross-border", " ", "data", ",", " ",
      "24", "(", "1", ")", "(", "a", ")", " ", "and", " ", "1,000", ".",
    ]);
    expect(words("the subscriber’s identity")).toEqual(["the", "subscriber’s", "identity"]);
  });

  it("keeps runs of whitespace as one token and each punctuation mark as its own", () => {
    expect(tokenize("a \n\n  b")).toEqual(["a", " \n\n  ", "b"]);
    expect(tokenize("“x”;—")).toEqual(["“", "x", "”", ";", "—"]);
    expect(tokenKind(" \n")).toBe("whitespace");
    expect(tokenKind(";")).toBe("punctuation");
    expect(tokenKind("$")).toBe("symbol");
  });

  it("keeps French elision inside the word by default and splits it off for French", () => {
    expect(tokenize("l'État partie")).toEqual(["l'État", " ", "partie"]);
    expect(tokenize("de l'État jusqu’à aujourd'hui", "fr")).toEqual([
      "de", " ", "l'", "État", " ", "jusqu’", "à", " ", "aujourd'hui",
    ]);
    expect(tokenize("qu'il", "fr-CA")).toEqual(["qu'", "il"]);
    expect(tokenize("l'État", "en")).toEqual(["l'État"]);
  });

  it("splits Russian into words", () => {
    expect(tokenize("Государство-участник принимает меры.")).toEqual([
      "Государство-участник", " ", "принимает", " ", "меры", ".",
    ]);
  });

  it("keeps Arabic words whole with and without harakat and tatweel", () => {
    expect(tokenize("الدول الأطراف")).toEqual(["الدول", " ", "الأطراف"]);
    expect(tokenize("الدولَ الأطرافُ")).toEqual(["الدولَ", " ", "الأطرافُ"]);
    expect(tokenize("الاتفاقـــية، المادة")).toEqual(["الاتفاقـــية", "،", " ", "المادة"]);
    expect(tokenize("المادة ١٢٣ والفقرة ٤٫٥")).toEqual(["المادة", " ", "١٢٣", " ", "والفقرة", " ", "٤٫٥"]);
  });

  it("keeps Vietnamese words whole whether precomposed (NFC) or decomposed (NFD)", () => {
    const sentence = "Quốc gia thành viên tội phạm";
    const expected = ["Quốc", " ", "gia", " ", "thành", " ", "viên", " ", "tội", " ", "phạm"];
    expect(tokenize(sentence.normalize("NFC"))).toEqual(expected.map((token) => token.normalize("NFC")));
    const decomposed = sentence.normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(sentence.normalize("NFC").length);
    expect(tokenize(decomposed)).toEqual(expected.map((token) => token.normalize("NFD")));
  });

  it("makes each Chinese and Japanese character a token, whatever the language says", () => {
    expect(tokenize("缔约国应当。")).toEqual(["缔", "约", "国", "应", "当", "。"]);
    expect(tokenize("缔约国", "en")).toEqual(["缔", "约", "国"]);
    expect(tokenize("データを保護")).toEqual(["デ", "ー", "タ", "を", "保", "護"]);
    expect(words("缔约国")).toHaveLength(3);
  });

  it("splits mixed scripts at script changes between Han and others", () => {
    expect(tokenize("Article 5 第五条 المادة 5 Статья")).toEqual([
      "Article", " ", "5", " ", "第", "五", "条", " ", "المادة", " ", "5", " ", "Статья",
    ]);
    expect(tokenize("ICT系统")).toEqual(["ICT", "系", "统"]);
  });

  it("gives tokens that join back to the input for random strings of any script", () => {
    const pieces = [
      "a", "Z", "é", "e\u0301", "ộ", "o\u0323\u0302", "ж", "ل", "َ", "ـ", "١", "7", "中", "カ", "ー", "한",
      " ", "\n", "\t", "\u00a0", ".", ",", "'", "’", "-", "‑", "(", ")", "“", "،", "😀", "👍🏽", "\u200d", "\u200c",
      "\u0301", "$", "§", "\ud800", "\u0000",
    ];
    for (let seed = 1; seed <= 500; seed++) {
      const random = seededRandom(seed);
      const text = Array.from({ length: randomInt(random, 40) }, () => pick(random, pieces)).join("");
      const tokens = tokenize(text, seed % 2 === 0 ? "fr" : undefined);
      expect(tokens.join(""), `seed ${seed}`).toBe(text);
      expect(tokens.every((token) => token.length > 0)).toBe(true);
    }
  });

  it("splits exactly as the Unicode regular expression it replaces, and counts the same words", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const random = seededRandom(seed);
      const text = Array.from({ length: randomInt(random, 40) }, () => pick(random, SPECIMENS)).join("");
      const { tokens, kinds } = scanTokens(text);
      expect(tokens, `seed ${seed}`).toEqual(text.match(REFERENCE_TOKEN) ?? []);
      expect(kinds, `seed ${seed}`).toEqual(tokens.map(referenceKind));
      expect(tokens.map(tokenKind)).toEqual(kinds);
      expect(countWords(text)).toBe(kinds.filter((kind) => kind === "word").length);
    }
  });
});

// The tokenizer's specification, as it was written before the scanner made it fast.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC`;
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}\u200C\u200D])`;
const JOINER = String.raw`(?:['’ʼ\u2010\u2011-]|(?<=\p{N})[.,٫٬](?=\p{N}))`;
const REFERENCE_TOKEN = new RegExp(
  [String.raw`\s+`, String.raw`[${CJK}]\p{M}*`, `${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*`, String.raw`[^]\p{M}*`].join("|"),
  "gu",
);
const WORD_START = new RegExp(`^(?:${WORD_CHAR}|[${CJK}])`, "u");

function referenceKind(token: string): string {
  if (WORD_START.test(token)) return "word";
  if (/^\s/u.test(token)) return "whitespace";
  return /^\p{P}/u.test(token) ? "punctuation" : "symbol";
}

// Characters at every boundary the scanner decides: joiners between letters and between digits
// (Latin and Arabic-Indic), Han numerals, astral letters and digits, lone surrogates, odd spaces.
const SPECIMENS = [
  "a", "Z", "é", "e\u0301", "ж", "ل", "َ", "ـ", "١", "٢", "٫", "٬", "7", "3", "中", "〇", "〡", "カ", "ー", "한",
  " ", "\n", "\t", "\u00a0", "\u3000", "\ufeff", "\u2028", ".", ",", "'", "’", "ʼ", "-", "‑", "‐", "(", "“", "،", "_",
  "😀", "👍🏽", "𝐀", "𝟏", "𠀀", "\u200d", "\u200c", "\u0301", "$", "§", "\ud800", "\udc00", "\u0000",
];
