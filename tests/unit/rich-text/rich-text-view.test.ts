import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichTextView } from "../../../components/rich-text/rich-text-view";
import type { RichTextDoc } from "../../../lib/rich-text/types";
import { allowedConstructs, bold, br, doc, italic, li, link, ol, p, quote, text, ul } from "./helpers/docs";

/** The markup without Tailwind classes, so the tests read the structure. */
const structure = (body: RichTextDoc) =>
  renderToStaticMarkup(createElement(RichTextView, { doc: body }))
    .replace(/ class="[^"]*"/g, "")
    .replace(/ dir="auto"/g, "");

const inner = (body: RichTextDoc) => structure(body).replace(/^<div>|<\/div>$/g, "");

describe("RichTextView", () => {
  it("renders paragraphs, bold, italic and line breaks", () => {
    expect(inner(doc(p(text("a "), text("b", bold), text(" "), text("c", italic), br, text("d", bold, italic)), p()))).toBe(
      "<p>a <strong>b</strong> <em>c</em><br/><strong><em>d</em></strong></p><p><br/></p>",
    );
  });

  it("renders links that open in a new tab without access to the page, marks inside the link", () => {
    expect(inner(doc(p(text("OHCHR", italic, link("https://www.ohchr.org/?a=1&b=2"), bold))))).toBe(
      '<p><a href="https://www.ohchr.org/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer nofollow"><strong><em>OHCHR</em></strong></a></p>',
    );
    expect(inner(doc(p(text("mail", link("mailto:a@example.org")))))).toContain('href="mailto:a@example.org"');
  });

  it("renders lists, numbered lists from their start, nested lists and quotes", () => {
    expect(inner(doc(ul(li(p(text("a")), ol(undefined, li(p(text("b")))))), ol(3, li(p(text("c")))), quote(p(text("q")))))).toBe(
      '<ul><li><p>a</p><ol><li><p>b</p></li></ol></li></ul><ol start="3"><li><p>c</p></li></ol><blockquote><p>q</p></blockquote>',
    );
  });

  it("keeps Vietnamese and Arabic text exactly, each paragraph finding its own direction", () => {
    const markup = renderToStaticMarkup(createElement(RichTextView, { doc: doc(p(text("Quyền riêng tư")), p(text("حرية التعبير"))) }));
    expect(markup).toContain('<p dir="auto" class="my-2 first:mt-0 last:mb-0">Quyền riêng tư</p>');
    expect(markup).toContain("حرية التعبير");
  });

  it("renders every allowed construct with its text", () => {
    for (const body of Object.values(allowedConstructs)) {
      const markup = structure(body);
      for (const match of JSON.stringify(body).matchAll(/"text":"([^"]+)"/g)) expect(markup).toContain(match[1]!.replace(/&/g, "&amp;"));
    }
  });

  it("adds the caller's classes", () => {
    expect(renderToStaticMarkup(createElement(RichTextView, { doc: doc(p()), className: "mt-4" }))).toMatch(/^<div dir="auto" class="[^"]* mt-4">/);
  });
});
