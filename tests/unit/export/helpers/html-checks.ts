import { expect } from "vitest";

// What the print HTML may contain: the elements and attributes its writers name, nothing that
// runs, loads or navigates anywhere but an allowed address.

const ELEMENTS = ["html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "h3", "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "del", "ins", "sup", "span", "bdi"];
const ATTRIBUTES = ["lang", "dir", "class", "href", "start", "charset", "http-equiv", "content"];

/** The markup outside the document's <style>, whose CSS the writers alone write. */
function markupOf(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
}

export function expectInertHtml(html: string): void {
  const markup = markupOf(html);
  // Text is escaped, so every "<" opens a tag a writer wrote; attributes live only there.
  const tags = (markup.match(/<[^>]*>/g) ?? []).filter((tag) => !/^<!doctype html>$/i.test(tag));
  for (const tag of tags) {
    const name = /^<\/?([a-z0-9]+)/i.exec(tag)?.[1] ?? tag;
    expect(ELEMENTS, tag).toContain(name.toLowerCase());
    // Attribute values are quoted and escaped, so each name="…" pair is one attribute.
    const bare = tag.replace(/"[^"]*"/g, '""');
    for (const [, attribute] of bare.matchAll(/\s([^\s=/>]+)=/g)) expect(ATTRIBUTES, tag).toContain(attribute?.toLowerCase());
  }
  for (const [, href] of markup.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
  expect(tags.join("")).not.toMatch(/<script|\son[a-z]+\s*=|javascript:|data:|vbscript:/i);
  // The one policy, in the head: no script, no load of any kind.
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  expect(html).not.toMatch(/@import|url\(/i);
}

/** Every element holding text says its language and direction. */
export function expectLanguageAndDirectionOnText(html: string): void {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  for (const [tag] of body.matchAll(/<(?:p|h1|h2|h3|th|ul|ol|blockquote)\b[^>]*>/g)) expect(tag).toMatch(/ lang="[^"]*" dir="(?:ltr|rtl)"/);
}
