import { describe, expect, it } from "vitest";
import { richTextToMarkdown, richTextToPlainText } from "../../../lib/rich-text/plain-text";
import { bold, br, doc, italic, li, link, ol, p, quote, text, ul } from "./helpers/docs";

const vietnamese = "Điều 6 cần bảo đảm quyền con người, quyền riêng tư và tự do ngôn luận.";
const arabic = "ينبغي أن تخضع صلاحيات الاحتفاظ بالبيانات لضمانات حقوق الإنسان.";

describe("richTextToPlainText", () => {
  it("separates paragraphs by blank lines and keeps line breaks", () => {
    expect(richTextToPlainText(doc(p(text("one"), br, text("two")), p(), p(text("three"))))).toBe("one\ntwo\n\nthree");
  });

  it("writes list items with - and numbers from the list's start, indenting what continues an item", () => {
    const body = doc(
      ul(li(p(text("scope"))), li(p(text("safeguards"), br, text("Article 24")), ul(li(p(text("nested")))))),
      ol(9, li(p(text("nine"))), li(p(text("ten")), p(text("second paragraph")))),
    );
    expect(richTextToPlainText(body)).toBe(
      "- scope\n- safeguards\n  Article 24\n  - nested\n\n9. nine\n10. ten\n\n    second paragraph",
    );
  });

  it("marks quotes with > and drops formatting, keeping an address beside its words", () => {
    const body = doc(
      quote(p(text("quoted")), p(text("twice"))),
      p(text("see "), text("the report", bold, link("https://example.org/r")), text(" or "), text("https://example.org", link("https://example.org")), text(" or "), text("us@example.org", link("mailto:us@example.org"))),
    );
    expect(richTextToPlainText(body)).toBe("> quoted\n>\n> twice\n\nsee the report (https://example.org/r) or https://example.org or us@example.org");
  });

  it("writes a link made of several formatted pieces once", () => {
    const href = "https://example.org/a";
    expect(richTextToPlainText(doc(p(text("the ", link(href)), text("whole", italic, link(href)), text(" thing", link(href)))))).toBe(
      "the whole thing (https://example.org/a)",
    );
  });

  it("keeps Vietnamese and Arabic text exactly, composed (NFC)", () => {
    const out = richTextToPlainText(doc(p(text(vietnamese)), ul(li(p(text(arabic))))));
    expect(out).toBe(`${vietnamese}\n\n- ${arabic}`);
    expect(out.normalize("NFC")).toBe(out);
  });
});

describe("richTextToMarkdown", () => {
  it("writes formatting, links, lists and quotes as CommonMark", () => {
    const body = doc(
      p(text("This is "), text("too broad", bold), text(" and "), text("vague", italic), text("; see "), text("OHCHR", link("https://www.ohchr.org/"))),
      ul(li(p(text("one"))), li(p(text("two")), ol(2, li(p(text("sub")))))),
      quote(p(text("Each State Party shall"), br, text("adopt"))),
    );
    expect(richTextToMarkdown(body)).toBe(
      "This is **too broad** and *vague*; see [OHCHR](https://www.ohchr.org/)\n\n- one\n- two\n  2. sub\n\n> Each State Party shall\\\n> adopt",
    );
  });

  it("escapes Markdown in text so that nothing typed becomes syntax", () => {
    expect(richTextToMarkdown(doc(p(text("*not bold* _nor_ `code` [x](javascript:alert(1)) <b>tag</b> &#106; a|b ~~s~~ \\"))))).toBe(
      "\\*not bold\\* \\_nor\\_ \\`code\\` \\[x\\](javascript:alert(1)) \\<b\\>tag\\</b\\> \\&#106; a\\|b \\~\\~s\\~\\~ \\\\",
    );
  });

  it("escapes what would start a heading, quote, list or rule at the start of a line", () => {
    expect(richTextToMarkdown(doc(p(text("# not a heading")), p(text("> not a quote")), p(text("- not")), p(text("+ not")), p(text("1. not"), br, text("2) not")), p(text("===")), p(text("a - b 1. c"))))).toBe(
      "\\# not a heading\n\n\\> not a quote\n\n\\- not\n\n\\+ not\n\n1\\. not\\\n2\\) not\n\n\\===\n\na - b 1. c",
    );
  });

  it("puts emphasis around words, not spaces, and nests bold around italic", () => {
    expect(richTextToMarkdown(doc(p(text("a"), text(" bold ", bold), text("b"))))).toBe("a **bold** b");
    expect(richTextToMarkdown(doc(p(text("x", bold), text("y", bold, italic))))).toBe("**x*y***");
    expect(richTextToMarkdown(doc(p(text("   ", bold))))).toBe("");
  });

  it("writes one link for consecutive pieces and escapes brackets in its address", () => {
    const href = "https://example.org/a_(b)";
    expect(richTextToMarkdown(doc(p(text("the ", link(href)), text("whole", bold, link(href)))))).toBe("[the **whole**](https://example.org/a_\\(b\\))");
  });

  it("keeps Vietnamese and Arabic text exactly", () => {
    expect(richTextToMarkdown(doc(p(text(vietnamese, bold)), p(text(arabic))))).toBe(`**${vietnamese}**\n\n${arabic}`);
  });
});
