import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { richTextEditorExtensions } from "../../../components/rich-text/editor-extensions";
import { sanitizeRichText } from "../../../lib/rich-text/schema";
import { allowedConstructs } from "./helpers/docs";

// The editor and the stored-body schema describe the same thing twice; these tests keep them in step.
const schema = getSchema(richTextEditorExtensions);

describe("the editor's schema", () => {
  it("has exactly the allowed nodes and marks", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(["blockquote", "bulletList", "doc", "hardBreak", "listItem", "orderedList", "paragraph", "text"]);
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });

  it.each(Object.entries(allowedConstructs))("loads %s, and what it gives back is stored unchanged", (_, body) => {
    const node = schema.nodeFromJSON(body);
    expect(() => node.check()).not.toThrow();
    expect(sanitizeRichText(node.toJSON())).toEqual(body);
  });

  it("checks link addresses with the same rule as stored bodies", () => {
    const linkExtension = richTextEditorExtensions.find((extension) => extension.name === "link");
    const isAllowedUri = linkExtension?.options.isAllowedUri as (url: string, context: unknown) => boolean;
    expect(isAllowedUri("https://example.org", {})).toBe(true);
    expect(isAllowedUri("mailto:a@example.org", {})).toBe(true);
    for (const href of ["javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example", "ftp://example.org", "tel:+41"]) {
      expect(isAllowedUri(href, {})).toBe(false);
    }
    expect(linkExtension?.options.openOnClick).toBe(false);
  });
});
