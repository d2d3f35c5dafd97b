import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichTextEditor } from "../../../components/rich-text/rich-text-editor";
import { bold, doc, p, text } from "./helpers/docs";

// The editor itself needs a browser; on the server (and before hydration) the component must
// still render its label, toolbar, a readable copy of the body and the hidden form field.
const body = doc(p(text("Quyền riêng tư "), text("<b>&", bold)));
const markup = renderToStaticMarkup(createElement(RichTextEditor, { name: "body", label: "Your comment", value: body }));

describe("RichTextEditor on the server", () => {
  it("carries the body as JSON in a hidden input named as asked", () => {
    const [, value] = /<input type="hidden" name="body" value="([^"]*)"\/>/.exec(markup) ?? [];
    expect(value).toBeDefined();
    const decoded = value!.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(JSON.parse(decoded)).toEqual(body);
  });

  it("renders a labelled toolbar of real buttons with their pressed state", () => {
    expect(markup).toContain('role="toolbar" aria-label="Your comment: formatting"');
    for (const label of ["Bold", "Italic", "Bulleted list", "Numbered list", "Quote", "Link"]) {
      expect(markup).toMatch(new RegExp(`<button type="button" aria-label="${label}" aria-pressed="false"`));
    }
    expect(markup).toContain('aria-keyshortcuts="Control+B"');
    expect(markup).not.toMatch(/<form/);
  });

  it("shows the label and the body, escaped, until the editor starts", () => {
    expect(markup).toContain(">Your comment</span>");
    expect(markup).toContain("Quyền riêng tư <strong");
    expect(markup).toContain("&lt;b&gt;&amp;");
  });
});
