import { describe, expect, it } from "vitest";
import { plainTextToRichText } from "../../../lib/rich-text/from-plain-text";
import { richTextToPlainText } from "../../../lib/rich-text/plain-text";
import { RichTextError } from "../../../lib/rich-text/schema";
import { br, doc, p, text } from "./helpers/docs";

const vietnamese = [
  "Điều khoản này cần được thu hẹp: các tội phạm theo các công ước khác không nên bị đưa vào phạm vi.",
  "Các biện pháp bảo vệ phải bao gồm sự giám sát độc lập\nvà quyền được khắc phục hiệu quả.",
].join("\n\n");
const arabic = "يجب أن تتضمن الضمانات رقابة قضائية مستقلة.\nوأن تحترم مبدأ التناسب.\n\nلا ينبغي تجريم عمل الصحفيين والباحثين.";

describe("plainTextToRichText", () => {
  it("makes paragraphs on blank lines and line breaks on single newlines", () => {
    expect(plainTextToRichText("one\ntwo\n\nthree")).toEqual(doc(p(text("one"), br, text("two")), p(text("three"))));
  });

  it("reads Windows and old Mac line endings, several blank lines, and blank lines holding spaces", () => {
    expect(plainTextToRichText("a\r\nb\r\n\r\n\r\nc\rd\n \t\ne")).toEqual(doc(p(text("a"), br, text("b")), p(text("c"), br, text("d")), p(text("e"))));
  });

  it("drops blank lines at the edges and gives an empty body one empty paragraph", () => {
    expect(plainTextToRichText("\n\n  \nonly\n\n")).toEqual(doc(p(text("only"))));
    expect(plainTextToRichText("")).toEqual(doc(p()));
    expect(plainTextToRichText("\n \n")).toEqual(doc(p()));
  });

  it("keeps text exactly, markup included, as words", () => {
    expect(plainTextToRichText("<script>alert(1)</script> **x** [a](javascript:b)")).toEqual(doc(p(text("<script>alert(1)</script> **x** [a](javascript:b)"))));
    expect(plainTextToRichText("  indented\ttab")).toEqual(doc(p(text("  indented\ttab"))));
  });

  it.each([
    ["Vietnamese", vietnamese],
    ["Arabic", arabic],
  ])("round-trips %s through plain text, composed (NFC)", (_, sample) => {
    const body = plainTextToRichText(sample.normalize("NFD"));
    expect(richTextToPlainText(body)).toBe(sample.normalize("NFC"));
    expect(richTextToPlainText(plainTextToRichText(sample))).toBe(sample);
  });

  it("removes control characters that cannot be stored", () => {
    expect(plainTextToRichText("a\u0000b")).toEqual(doc(p(text("ab"))));
  });

  it("refuses text longer than a body may be", () => {
    expect(() => plainTextToRichText("x".repeat(20_001))).toThrow(RichTextError);
  });
});
