import { describe, expect, it } from "vitest";
import { MAX_DEPTH, parseRichText, RichTextError, sanitizeRichText } from "../../../lib/rich-text/schema";
import { richTextToPlainText } from "../../../lib/rich-text/plain-text";
import type { RichTextDoc } from "../../../lib/rich-text/types";
import { allowedConstructs, bold, br, doc, italic, li, link, ol, p, quote, text, ul } from "./helpers/docs";

function depthOf(node: unknown): number {
  const content = (node as { content?: unknown[] }).content;
  return Array.isArray(content) && content.length > 0 ? 1 + Math.max(...content.map(depthOf)) : 0;
}

describe("sanitizeRichText", () => {
  it.each(Object.entries(allowedConstructs))("leaves an allowed body (%s) as it is", (_, body) => {
    expect(sanitizeRichText(body)).toEqual(body);
  });

  it("turns tiptap's own JSON into the stored form: link target/rel/class/title and list type dropped, default start left out", () => {
    const fromEditor = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "see " },
            {
              type: "text",
              text: "OHCHR",
              marks: [{ type: "link", attrs: { href: "https://www.ohchr.org/", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } }],
            },
          ],
        },
        { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
        { type: "orderedList", attrs: { start: 4, type: "a" }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
      ],
    };
    expect(sanitizeRichText(fromEditor)).toEqual(
      doc(p(text("see "), text("OHCHR", link("https://www.ohchr.org/"))), ol(undefined, li(p(text("one")))), ol(4, li(p()))),
    );
  });

  it("drops attributes that are not allowed and keeps the node", () => {
    const body = { type: "doc", content: [{ type: "paragraph", attrs: { style: "color:red" }, onclick: "alert(1)", content: [{ type: "text", text: "kept", class: "x" }] }] };
    expect(sanitizeRichText(body)).toEqual(doc(p(text("kept"))));
  });

  it("drops formatting that is not allowed and a link that is not allowed, keeping the words", () => {
    const body = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "a", marks: [{ type: "underline" }, { type: "bold" }, { type: "bold" }, { type: "textStyle", attrs: { color: "red" } }] },
            { type: "text", text: "b", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }, { type: "italic" }] },
            { type: "text", text: "c", marks: [{ type: "link", attrs: { href: "java\tscript:alert(1)", target: "_self" } }] },
          ],
        },
      ],
    };
    expect(sanitizeRichText(body)).toEqual(doc(p(text("a", bold), text("b", italic), text("c"))));
  });

  it("keeps the text of elements that are not allowed, each dropped block becoming a paragraph", () => {
    const body = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Title" }] },
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Subtitle" }] },
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
        { type: "codeBlock", content: [{ type: "text", text: "x < y" }] },
        { type: "image", attrs: { src: "x", onerror: "alert(1)" } },
        { type: "horizontalRule" },
      ],
    };
    expect(sanitizeRichText(body)).toEqual(doc(p(text("Title")), p(text("Subtitle")), p(text("alert(1)")), p(text("x < y"))));
  });

  it("keeps inline elements that are not allowed in their paragraph", () => {
    const body = {
      type: "doc",
      content: [p(text("Dear "), { type: "mention", attrs: { id: "1" }, content: [text("@ana")] } as never, { type: "image" } as never, text(", see this."))],
    };
    expect(sanitizeRichText(body)).toEqual(doc(p(text("Dear "), text("@ana"), text(", see this."))));
  });

  it("puts misplaced nodes where they are allowed", () => {
    const body = {
      type: "doc",
      content: [
        text("loose text"),
        br,
        li(p(text("item without list"))),
        { type: "bulletList", content: [p(text("paragraph in a list")), { type: "listItem", content: [ul(li(p(text("list first"))))] }, { type: "listItem", content: [] }] },
        { type: "paragraph", content: [p(text("paragraph in a paragraph")), ul(li(p(text("list in a paragraph"))))] },
        { type: "blockquote", content: [] },
        { type: "doc", content: [p(text("doc in a doc"))] },
      ],
    };
    expect(sanitizeRichText(body)).toEqual(
      doc(
        p(text("loose text"), br),
        p(text("item without list")),
        ul(li(p(text("paragraph in a list"))), li(p(), ul(li(p(text("list first")))))),
        p(text("paragraph in a paragraph"), br, text("list in a paragraph")),
        p(text("doc in a doc")),
      ),
    );
  });

  it("accepts a lone node as the body", () => {
    expect(sanitizeRichText(p(text("just a paragraph")))).toEqual(doc(p(text("just a paragraph"))));
    expect(sanitizeRichText({ type: "doc" })).toEqual(doc(p()));
  });

  it("cleans text: control characters out, lone surrogates replaced, composed (NFC)", () => {
    expect(sanitizeRichText(doc(p(text("a\u0000b\u0007c\uD800d Nghị định".normalize("NFD")))))).toEqual(doc(p(text("abc\uFFFDd Nghị định"))));
    expect(sanitizeRichText(doc(p(text("\u0000"))))).toEqual(doc(p()));
  });

  it("flattens lists and quotes nested past the limit into their text, losing no word", () => {
    let block: RichTextDoc["content"][number] = p(text("level 0"));
    for (let i = 1; i <= 15; i += 1) block = i % 2 === 0 ? quote(p(text(`level ${i}`)), block) : ul(li(p(text(`level ${i}`)), block));
    const body = doc(block);
    expect(() => parseRichText(body)).toThrow(RichTextError);
    const clean = sanitizeRichText(body);
    expect(depthOf(clean)).toBeLessThanOrEqual(MAX_DEPTH);
    const words = richTextToPlainText(clean);
    for (let i = 0; i <= 15; i += 1) expect(words).toContain(`level ${i}`);
  });

  it("survives input nested 15,000 levels deep keeping its text, and refuses 100,000 levels as too large", () => {
    let node: unknown = { type: "text", text: "bottom" };
    for (let i = 0; i < 15_000; i += 1) node = { type: i % 2 ? "blockquote" : "div", content: [node] };
    const clean = sanitizeRichText({ type: "doc", content: [node] });
    expect(depthOf(clean)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(richTextToPlainText(clean)).toContain("bottom");

    let deeper: unknown = { type: "text", text: "x" };
    for (let i = 0; i < 100_000; i += 1) deeper = { type: "blockquote", content: [deeper] };
    expect(() => sanitizeRichText({ type: "doc", content: [deeper] })).toThrow(/too many parts/);
  });

  it("refuses, rather than cuts, a body that is too long", () => {
    expect(() => sanitizeRichText(doc(p(text("a".repeat(20_001)))))).toThrow("The comment is too long (at most 20,000 characters).");
  });

  it("refuses what is not a node at all, and stops on a cycle", () => {
    expect(() => sanitizeRichText("<p>hi</p>")).toThrow(RichTextError);
    expect(() => sanitizeRichText(null)).toThrow(RichTextError);
    const cyclic: { type: string; content: unknown[] } = { type: "doc", content: [] };
    cyclic.content.push({ type: "div", content: [cyclic] });
    expect(() => sanitizeRichText(cyclic)).toThrow(RichTextError);
  });

  it("is idempotent", () => {
    const messy = { type: "doc", content: [{ type: "heading", content: [text("H", bold)] }, ul(li(p(text("a"))))] };
    const once = sanitizeRichText(messy);
    expect(sanitizeRichText(once)).toEqual(once);
    expect(parseRichText(once)).toEqual(once);
  });
});
