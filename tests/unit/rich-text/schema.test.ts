import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_DEPTH, MAX_NODES, MAX_TEXT_CHARACTERS, parseRichText, RichTextError, richTextSchema } from "../../../lib/rich-text/schema";
import { allowedConstructs, doc, li, p, quote, text, ul } from "./helpers/docs";

function refusal(input: unknown): string {
  try {
    parseRichText(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RichTextError);
    return (error as Error).message;
  }
  throw new Error("the body was accepted");
}

const inParagraph = (node: unknown) => ({ type: "doc", content: [{ type: "paragraph", content: [node] }] });
const withMark = (mark: unknown) => inParagraph({ type: "text", text: "words", marks: [mark] });

describe("parseRichText accepts every allowed construct", () => {
  it.each(Object.entries(allowedConstructs))("%s, unchanged, also after a JSON round trip", (_, body) => {
    expect(parseRichText(body)).toEqual(body);
    expect(parseRichText(JSON.parse(JSON.stringify(body)))).toEqual(body);
  });

  it("returns a copy, not the input object", () => {
    const body = allowedConstructs["bold"]!;
    expect(parseRichText(body)).not.toBe(body);
  });

  it("stores text composed (NFC), as typed on any keyboard", () => {
    const decomposed = "Quyền con người".normalize("NFD");
    expect(decomposed).not.toBe("Quyền con người");
    expect(parseRichText(doc(p(text(decomposed))))).toEqual(doc(p(text("Quyền con người"))));
  });
});

describe("parseRichText refuses what is not allowed, saying what", () => {
  it.each([
    ["a script element", { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] }, 'Comments cannot contain "script" elements here.'],
    ["an iframe", { type: "doc", content: [{ type: "iframe" }] }, 'Comments cannot contain "iframe" elements here.'],
    ["an image", inParagraph({ type: "image", attrs: { src: "x" } }), 'Comments cannot contain "image" elements here.'],
    ["a heading", { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] }] }, 'Comments cannot contain "heading" elements here.'],
    ["a code block", { type: "doc", content: [{ type: "codeBlock" }] }, 'Comments cannot contain "codeBlock" elements here.'],
    ["a list item outside a list", { type: "doc", content: [li(p(text("x")))] }, 'Comments cannot contain "listItem" elements here.'],
    ["a paragraph inside a paragraph", inParagraph(p(text("x"))), 'Comments cannot contain "paragraph" elements here.'],
    ["text directly in a list", { type: "doc", content: [{ type: "bulletList", content: [text("x")] }] }, 'Comments cannot contain "text" elements here.'],
    ["an underline mark", withMark({ type: "underline" }), 'Comments cannot use "underline" formatting.'],
    ["a strike mark", withMark({ type: "strike" }), 'Comments cannot use "strike" formatting.'],
    ["a code mark", withMark({ type: "code" }), 'Comments cannot use "code" formatting.'],
    ["a textStyle mark", withMark({ type: "textStyle", attrs: { color: "red" } }), 'Comments cannot use "textStyle" formatting.'],
    ["an onclick attribute on a node", { type: "doc", content: [{ type: "paragraph", onclick: "alert(1)" }] }, 'Comments cannot contain the attribute "onclick".'],
    ["attrs on a paragraph", { type: "doc", content: [{ type: "paragraph", attrs: { style: "color:red" } }] }, 'Comments cannot contain the attribute "attrs".'],
    ["a style attribute on a text", inParagraph({ type: "text", text: "x", style: "x" }), 'Comments cannot contain the attribute "style".'],
    ["a class on a link", withMark({ type: "link", attrs: { href: "https://example.org", class: "x" } }), 'Comments cannot contain the attribute "class".'],
    ["a target on a link", withMark({ type: "link", attrs: { href: "https://example.org", target: "_self" } }), 'Comments cannot contain the attribute "target".'],
    ["a rel on a link", withMark({ type: "link", attrs: { href: "https://example.org", rel: "opener" } }), 'Comments cannot contain the attribute "rel".'],
    ["attrs on bold", withMark({ type: "bold", attrs: { onmouseover: "x" } }), 'Comments cannot contain the attribute "attrs".'],
    ["two unknown attributes", withMark({ type: "link", attrs: { href: "https://example.org", onclick: "a", style: "b" } }), 'Comments cannot contain the attributes "onclick", "style".'],
    ["a javascript: link", withMark({ type: "link", attrs: { href: "javascript:alert(1)" } }), "A link must start with http://, https:// or mailto:."],
    ["a data: link", withMark({ type: "link", attrs: { href: "data:text/html,x" } }), "A link must start with http://, https:// or mailto:."],
    ["a protocol-relative link", withMark({ type: "link", attrs: { href: "//evil.example" } }), "A link must start with http://, https:// or mailto:."],
    ["a link without href", withMark({ type: "link", attrs: {} }), "The comment could not be read: its structure is not valid."],
    ["an array as the root", [p(text("x"))], "The comment could not be read: its structure is not valid."],
    ["bold twice", inParagraph({ type: "text", text: "x", marks: [{ type: "bold" }, { type: "bold" }] }), "The same formatting is applied twice to one piece of text."],
    ["a fractional list start", { type: "doc", content: [{ type: "orderedList", attrs: { start: 1.5 }, content: [li(p())] }] }, "A numbered list must start at a whole number from 0 to 1,000,000."],
    ["a negative list start", { type: "doc", content: [{ type: "orderedList", attrs: { start: -1 }, content: [li(p())] }] }, "A numbered list must start at a whole number from 0 to 1,000,000."],
    ["a list start given as text", { type: "doc", content: [{ type: "orderedList", attrs: { start: "1" }, content: [li(p())] }] }, "A numbered list must start at a whole number from 0 to 1,000,000."],
    ["a NUL character", doc(p(text("a\u0000b"))), "The comment contains control characters that cannot be stored."],
    ["a lone surrogate", doc(p(text("a\uD800b"))), "The comment contains control characters that cannot be stored."],
    ["an empty text node", doc(p(text(""))), "The comment could not be read: its structure is not valid."],
    ["an empty doc", { type: "doc", content: [] }, "The comment could not be read: its structure is not valid."],
    ["an empty list", { type: "doc", content: [{ type: "bulletList", content: [] }] }, "The comment could not be read: its structure is not valid."],
    ["an empty quote", { type: "doc", content: [{ type: "blockquote", content: [] }] }, "The comment could not be read: its structure is not valid."],
    ["a list item opening with a list", { type: "doc", content: [{ type: "bulletList", content: [{ type: "listItem", content: [ul(li(p()))] }] }] }, 'Comments cannot contain "bulletList" elements here.'],
    ["a root that is not a doc", p(text("x")), 'Comments cannot contain "paragraph" elements here.'],
    ["a string", "<p>hello</p>", "The comment could not be read: its structure is not valid."],
    ["null", null, "The comment could not be read: its structure is not valid."],
    ["text that is not a string", inParagraph({ type: "text", text: 42 }), "The comment could not be read: its structure is not valid."],
    ["a __proto__ key", JSON.parse('{"type":"doc","content":[{"type":"paragraph"}],"__proto__":{"polluted":true}}'), 'Comments cannot contain the attribute "__proto__".'],
  ])("%s", (_, input, message) => {
    expect(refusal(input)).toBe(message);
  });

  it("keeps a hostile type name short in the message", () => {
    const message = refusal({ type: "doc", content: [{ type: "x".repeat(500) }] });
    expect(message.length).toBeLessThan(120);
  });
});

/** A quote nested `levels` deep around one paragraph: the text sits at depth levels + 2. */
function nestedQuotes(levels: number) {
  let block: ReturnType<typeof quote> | ReturnType<typeof p> = p(text("deep"));
  for (let i = 0; i < levels; i += 1) block = quote(block);
  return doc(block);
}

describe("limits", () => {
  it(`allows ${MAX_DEPTH} levels and refuses ${MAX_DEPTH + 1}`, () => {
    expect(() => parseRichText(nestedQuotes(MAX_DEPTH - 2))).not.toThrow();
    expect(refusal(nestedQuotes(MAX_DEPTH - 1))).toBe("The comment is nested too deeply (at most 10 levels of lists and quotes).");
  });

  it("refuses a body nested 100,000 levels deep without overflowing the stack", () => {
    let node: unknown = { type: "text", text: "x" };
    for (let i = 0; i < 100_000; i += 1) node = { type: "blockquote", content: [node] };
    expect(refusal({ type: "doc", content: [node] })).toMatch(/nested too deeply/);
  });

  it(`allows ${MAX_TEXT_CHARACTERS} characters and refuses one more`, () => {
    expect(() => parseRichText(doc(p(text("a".repeat(MAX_TEXT_CHARACTERS)))))).not.toThrow();
    expect(refusal(doc(p(text("a".repeat(MAX_TEXT_CHARACTERS - 1))), p(text("bc"))))).toBe("The comment is too long (at most 20,000 characters).");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(() => parseRichText(doc(p(text("😀".repeat(MAX_TEXT_CHARACTERS)))))).not.toThrow();
  });

  it(`allows ${MAX_NODES} nodes and refuses one more`, () => {
    // The doc, then a paragraph and its text for each: 1 + 2 × 999 + one empty paragraph = 2,000.
    const paragraphs = (n: number) => Array.from({ length: n }, () => p(text("x")));
    expect(() => parseRichText(doc(...paragraphs(999), p()))).not.toThrow();
    expect(refusal(doc(...paragraphs(1_000)))).toMatch(/too many parts \(at most 2,000/);
  });
});

describe("richTextSchema inside another schema", () => {
  const annotationInput = z.object({ body: richTextSchema });

  it("parses a body and reports a refused one with its path and message", () => {
    expect(annotationInput.parse({ body: allowedConstructs["bold"] })).toEqual({ body: allowedConstructs["bold"] });
    const result = annotationInput.safeParse({ body: { type: "doc", content: [{ type: "iframe" }] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["body", "content", 0, "type"], message: 'Comments cannot contain "iframe" elements here.' }),
    ]);
  });
});
