import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichTextView } from "../../../components/rich-text/rich-text-view";
import { richTextToMarkdown, richTextToPlainText } from "../../../lib/rich-text/plain-text";
import { parseRichText, RichTextError, sanitizeRichText } from "../../../lib/rich-text/schema";
import type { RichTextDoc } from "../../../lib/rich-text/types";
import { docWithRawLink } from "./helpers/docs";
import { xssPayloads } from "./helpers/xss-payloads";

const render = (doc: RichTextDoc) => renderToStaticMarkup(createElement(RichTextView, { doc }));

/** React escapes attribute values and text the same way; so must the test when it looks for a payload. */
const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

function expectInert(markup: string) {
  // Text is escaped, so every "<" in the markup opens a tag the view wrote; attributes live only there.
  const tags = (markup.match(/<[^>]*>/g) ?? []).join("");
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/<svg/i);
  expect(markup).not.toMatch(/<iframe/i);
  expect(markup).not.toMatch(/<img/i);
  expect(markup).not.toMatch(/<(?:object|embed|style|math|details|body|form|input)/i);
  expect(tags).not.toMatch(/\son[a-z]+\s*=/i);
  expect(tags).not.toMatch(/\s(?:style|src|srcdoc|formaction)\s*=/i);
  // The only elements and attributes the view writes.
  for (const [, tag] of tags.matchAll(/<\/?([a-z0-9]+)/gi)) expect(["div", "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote"]).toContain(tag);
  for (const [, attribute] of tags.matchAll(/\s([a-z-]+)=/gi)) expect(["dir", "class", "href", "target", "rel", "start"]).toContain(attribute);
  // Every link is an allowed, spelled-out address, opened safely.
  for (const [anchor] of markup.matchAll(/<a\s[^>]*>/g)) {
    expect(anchor).toMatch(/href="(?:https?:\/\/|mailto:)/);
    expect(anchor).toContain('rel="noopener noreferrer nofollow"');
    expect(anchor).toContain('target="_blank"');
  }
  expect(markup).not.toMatch(/href="\s*(?:javascript|data|vbscript)/i);
  expect(markup).not.toMatch(/href="(?!https?:\/\/|mailto:)/);
}

describe("XSS payloads in annotation bodies", () => {
  it("has a long enough list", () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(xssPayloads)("$name", ({ body, text }) => {
    it("is refused by parseRichText or rendered inert", () => {
      let parsed: RichTextDoc | null = null;
      try {
        parsed = parseRichText(body);
      } catch (error) {
        expect(error).toBeInstanceOf(RichTextError);
      }
      // Only plain text payloads are valid bodies; those must render as escaped text.
      if (parsed) {
        const markup = render(parsed);
        expectInert(markup);
        if (text) expect(markup).toContain(escapeHtml(text));
      }
    });

    it("keeps its words as escaped text once sanitised, and renders nothing active", () => {
      const markup = render(sanitizeRichText(body));
      expectInert(markup);
      if (text) expect(markup).toContain(escapeHtml(text));
    });

    it("never becomes an active link in the plain-text or Markdown export", () => {
      const clean = sanitizeRichText(body);
      expect(richTextToPlainText(clean)).not.toMatch(/\((?:javascript|data|vbscript):/i);
      const markdown = richTextToMarkdown(clean);
      expect(markdown).not.toMatch(/\]\(\s*<?(?!https?:\/\/|mailto:)/);
      expect(markdown).not.toMatch(/(?<!\\)<(?:script|svg|img|iframe|a |body|details|math)/i);
    });
  });

  it("escapes a script tag written as text", () => {
    expect(render(parseRichText(xssPayloads[0]!.body))).toBe(
      '<div dir="auto" class="text-sm leading-relaxed break-words text-stone-900"><p dir="auto" class="my-2 first:mt-0 last:mb-0">&lt;script&gt;alert(1)&lt;/script&gt;</p></div>',
    );
  });
});

describe("the view's own defences, for a body that skipped validation", () => {
  const hostile = [
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "//evil.example",
  ];

  it.each(hostile)("renders the words of a link to %j without the link", (href) => {
    const markup = render(docWithRawLink(href));
    expectInert(markup);
    expect(markup).not.toContain("<a");
    expect(markup).toContain("click");
  });

  it("renders nothing of its own for nodes and marks it does not know, and never copies attributes", () => {
    const forged = {
      type: "doc",
      content: [
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
        { type: "iframe", attrs: { src: "javascript:alert(1)" } },
        { type: "paragraph", attrs: { onclick: "alert(1)", style: "x" }, content: [{ type: "image", attrs: { src: "x", onerror: "alert(1)" } }, { type: "text", text: "t", marks: [{ type: "script" }, null, "bold"] }, null] },
        { type: "orderedList", attrs: { start: '1" onclick="alert(1)' }, content: [{ type: "listItem", content: "not an array" }] },
        { type: "bulletList", content: null },
        null,
        "text",
      ],
    } as unknown as RichTextDoc;
    const markup = render(forged);
    expectInert(markup);
    expect(markup).not.toContain("alert");
    expect(markup).toContain(">t</p>");
  });

  it("does not link in the text exports either", () => {
    for (const href of hostile) {
      expect(richTextToPlainText(docWithRawLink(href))).toBe("click");
      expect(richTextToMarkdown(docWithRawLink(href))).toBe("click");
    }
  });
});
