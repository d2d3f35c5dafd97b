import { describe, expect, it } from "vitest";
import { arabicOrdinalValue, toAsciiDigits } from "../../../lib/draft-text/arabic-numerals";
import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import type { ParsedProvision } from "../../../lib/draft-text/types";

// "الآخر" written decomposed (alef + combining madda) to check that text comes out NFC.
const DECOMPOSED_OTHER = "ال\u0627\u0653خر";
const COMPOSED_OTHER = "ال\u0622خر";

const FIXTURE_LINES = [
  "مشروع اتفاقية بشأن مكافحة الجرائم",
  "",
  "الديباجة",
  "",
  "إن الدول الأطراف في هذه الاتفاقية،",
  "",
  "قد اتفقت على ما يلي:",
  "",
  "الفصل الأول",
  "أحكام عامة",
  "",
  "المادة 1",
  "بيان الغرض",
  "",
  "1 - تتمثل أغراض هذه الاتفاقية فيما يلي:",
  "",
  "(أ) تعزيز التدابير الرامية إلى منع الجرائم؛",
  "",
  "(ب) تعزيز التعاون الدولي.",
  "",
  `2 - لا تخل هذه الاتفاقية بحقوق الطرف ${DECOMPOSED_OTHER}.`,
  "",
  "المادة 2",
  "نطاق الانطباق",
  "",
  "تنطبق هذه الاتفاقية على منع الجرائم.",
  "",
  "الفصل الثاني",
  "التجريم",
  "",
  "المادة ٣",
  "الوصول غير المشروع",
  "",
  "١. تعتمد كل دولة طرف ما قد يلزم من تدابير:",
  "",
  "(أ) الوصول عمدا؛",
  "",
  "(ب) الوصول دون حق.",
  "",
  "٢. يجوز للدولة الطرف أن تشترط ارتكاب الجرم.",
];

function outline(provisions: ParsedProvision[], depth = 0): string[] {
  return provisions.flatMap((p) => [
    `${"  ".repeat(depth)}${p.kind} ${p.label ?? "-"} [${p.number ?? "-"}]${p.heading ? ` «${p.heading}»` : ""}: ${p.text}`,
    ...outline(p.children, depth + 1),
  ]);
}

describe("parseDraftText on an Arabic draft", () => {
  const draft = parseDraftText(FIXTURE_LINES.join("\n"));

  it("builds the tree with ordinal chapters, Arabic-Indic article and paragraph numbers", () => {
    expect(outline(draft.provisions)).toEqual([
      "PREAMBLE الديباجة [-]: إن الدول الأطراف في هذه الاتفاقية،\n\nقد اتفقت على ما يلي:",
      "CHAPTER الفصل الأول [1] «أحكام عامة»: ",
      "  ARTICLE المادة 1 [1] «بيان الغرض»: ",
      "    PARAGRAPH 1 - [1]: تتمثل أغراض هذه الاتفاقية فيما يلي:",
      "      SUBPARAGRAPH (أ) [أ]: تعزيز التدابير الرامية إلى منع الجرائم؛",
      "      SUBPARAGRAPH (ب) [ب]: تعزيز التعاون الدولي.",
      `    PARAGRAPH 2 - [2]: لا تخل هذه الاتفاقية بحقوق الطرف ${COMPOSED_OTHER}.`,
      "  ARTICLE المادة 2 [2] «نطاق الانطباق»: تنطبق هذه الاتفاقية على منع الجرائم.",
      "CHAPTER الفصل الثاني [2] «التجريم»: ",
      "  ARTICLE المادة ٣ [3] «الوصول غير المشروع»: ",
      "    PARAGRAPH ١. [1]: تعتمد كل دولة طرف ما قد يلزم من تدابير:",
      "      SUBPARAGRAPH (أ) [أ]: الوصول عمدا؛",
      "      SUBPARAGRAPH (ب) [ب]: الوصول دون حق.",
      "    PARAGRAPH ٢. [2]: يجوز للدولة الطرف أن تشترط ارتكاب الجرم.",
    ]);
    expect(draft.warnings).toEqual([]);
  });

  it("stores text NFC-normalised and otherwise as written", () => {
    const paragraph = draft.provisions[1]?.children[0]?.children[1];
    expect(paragraph?.text).toContain(COMPOSED_OTHER);
    expect(paragraph?.text).not.toContain(DECOMPOSED_OTHER);
    expect(paragraph?.text).toBe(paragraph?.text.normalize("NFC"));
  });

  it("records start lines", () => {
    const article3 = draft.provisions[2]?.children[0];
    expect(article3?.line).toBe(FIXTURE_LINES.indexOf("المادة ٣") + 1);
    expect(article3?.children[1]?.line).toBe(FIXTURE_LINES.indexOf("٢. يجوز للدولة الطرف أن تشترط ارتكاب الجرم.") + 1);
  });

  it("reads feminine ordinals for articles and flags a gap in Arabic numbering", () => {
    const text = ["المادة الأولى", "التعاريف", "", "نص.", "", "المادة الثالثة", "النطاق", "", "نص آخر."].join("\n");
    const parsed = parseDraftText(text);
    expect(parsed.provisions.map((p) => [p.label, p.number])).toEqual([
      ["المادة الأولى", "1"],
      ["المادة الثالثة", "3"],
    ]);
    expect(parsed.warnings).toEqual([{ line: 6, message: "المادة الثالثة follows المادة الأولى: numbering gap." }]);
  });
});

describe("Arabic numerals", () => {
  it("converts Arabic-Indic and Persian digits to ASCII", () => {
    expect(toAsciiDigits("المادة ٢٤")).toBe("المادة 24");
    expect(toAsciiDigits("۱۹")).toBe("19");
  });

  it("reads ordinal words, with or without hamza", () => {
    expect(arabicOrdinalValue("الأول")).toBe(1);
    expect(arabicOrdinalValue("الاول")).toBe(1);
    expect(arabicOrdinalValue("الأولى")).toBe(1);
    expect(arabicOrdinalValue("العاشر")).toBe(10);
    expect(arabicOrdinalValue("الحادي عشر")).toBe(11);
    expect(arabicOrdinalValue("الثانية عشرة")).toBe(12);
    expect(arabicOrdinalValue("التاسع عشر")).toBe(19);
    expect(arabicOrdinalValue("العشرون")).toBe(20);
    expect(arabicOrdinalValue("الثالث والعشرون")).toBe(23);
    expect(arabicOrdinalValue("أحكام عامة")).toBeNull();
    expect(arabicOrdinalValue("العاشر عشر")).toBeNull();
  });
});

describe("numbered items under Arabic lettered subparagraphs", () => {
  it("nests “(1)” and “(٢)” under the open “(أ)” and closes them at the next letter", () => {
    const text = ["المادة 1", "بيان الغرض", "", "1 - نص الفقرة:", "(أ) بند أول:", "(1) بند فرعي أول؛", "(٢) بند فرعي ثان؛", "(ب) بند ثان."].join("\n");
    expect(outline(parseDraftText(text).provisions)).toEqual([
      "ARTICLE المادة 1 [1] «بيان الغرض»: ",
      "  PARAGRAPH 1 - [1]: نص الفقرة:",
      "    SUBPARAGRAPH (أ) [أ]: بند أول:",
      "      SUBPARAGRAPH (1) [1]: بند فرعي أول؛",
      "      SUBPARAGRAPH (٢) [2]: بند فرعي ثان؛",
      "    SUBPARAGRAPH (ب) [ب]: بند ثان.",
    ]);
  });
});
