import { isAllowedHref } from "./allowed-href";
import { hasMark, linkHrefOf, runsOf } from "./inline-runs";
import type { RichTextInline } from "./types";

// Inline content as CommonMark. Text is escaped so that nothing an analyst typed becomes
// Markdown (or HTML, or an entity) in the export: only the marks of the body produce syntax.

// Backslash-escaped wherever they appear: emphasis, code, links, raw HTML and entities, tables, strikethrough.
const ALWAYS = /[\\`*_[\]<>&|~]/g;
// Meaningful only at the start of a line: headings, quotes, list items, setext underlines.
const LINE_START = /^( {0,3})([#>+=-]|\d{1,9}(?=[.)]))/gm;

function escapeText(text: string): string {
  return text.replace(ALWAYS, "\\$&");
}

export function escapeLineStarts(markdown: string): string {
  return markdown.replace(LINE_START, (_, indent: string, marker: string) =>
    /\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
  );
}

function escapeDestination(href: string): string {
  return href.replace(/[\\()<>&]/g, "\\$&");
}

/** Emphasis goes outside the spaces it would otherwise open or close on, where CommonMark ignores it. */
function wrap(inner: string, delimiter: string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
  return core === "" ? inner : `${lead}${delimiter}${core}${delimiter}${trail}`;
}

function leaf(node: RichTextInline): string {
  // A backslash before the newline is CommonMark's hard line break.
  return node.type === "hardBreak" ? "\\\n" : escapeText(node.text);
}

// Bold runs enclose italic runs, so "**a *b***" rather than "**a*****b***".
function emphasis(nodes: RichTextInline[], marks: readonly ("bold" | "italic")[]): string {
  const [mark, ...inner] = marks;
  if (mark === undefined) return nodes.map(leaf).join("");
  return runsOf(nodes, (node) => hasMark(node, mark))
    .map((run) => (run.key ? wrap(emphasis(run.nodes, inner), mark === "bold" ? "**" : "*") : emphasis(run.nodes, inner)))
    .join("");
}

export function markdownInline(content: RichTextInline[]): string {
  const markdown = runsOf(content, linkHrefOf)
    .map((run) => {
      const text = emphasis(run.nodes, ["bold", "italic"]);
      // The address is checked again here: an export must never carry an active javascript: link.
      return run.key !== null && isAllowedHref(run.key) ? `[${text}](${escapeDestination(run.key)})` : text;
    })
    .join("");
  return escapeLineStarts(markdown);
}
