// Well-known XSS payloads, placed where an annotation body could carry them. Each entry is the
// raw JSON an attacker could post; `text` is words that must survive as visible, escaped text.

type Payload = { name: string; body: unknown; text?: string };

const inText = (value: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: value }] }] });
const linkTo = (href: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "innocent words", marks: [{ type: "link", attrs: { href } }] }] }],
});

const textPayloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)></iframe>",
  '"><script>alert(document.cookie)</script>',
  "<a href=\"javascript:alert(1)\">x</a>",
  "<body onload=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "<details open ontoggle=alert(1)>",
];

const hrefPayloads = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\u0000script:alert(1)",
  " javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "//evil.example",
  "\\\\evil.example",
  "https:\\\\evil.example",
];

export const xssPayloads: Payload[] = [
  ...textPayloads.map((value) => ({ name: `text ${JSON.stringify(value)}`, body: inText(value), text: value })),
  ...hrefPayloads.map((href) => ({ name: `link href ${JSON.stringify(href)}`, body: linkTo(href), text: "innocent words" })),
  {
    name: "a script node",
    body: { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
    text: "alert(1)",
  },
  {
    name: "an iframe node",
    body: { type: "doc", content: [{ type: "iframe", attrs: { src: "javascript:alert(1)" } }, { type: "paragraph", content: [{ type: "text", text: "after" }] }] },
    text: "after",
  },
  { name: "an image node", body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "image", attrs: { src: "x", onerror: "alert(1)" } }, { type: "text", text: "caption" }] }] }, text: "caption" },
  { name: "an svg node", body: { type: "doc", content: [{ type: "svg", attrs: { onload: "alert(1)" }, content: [{ type: "text", text: "drawn" }] }] }, text: "drawn" },
  {
    name: "onclick on a paragraph",
    body: { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" }, onclick: "alert(1)", content: [{ type: "text", text: "click me" }] }] },
    text: "click me",
  },
  {
    name: "style and class on a text",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "styled", style: "background:url(javascript:alert(1))", class: "x" }] }] },
    text: "styled",
  },
  {
    name: "onmouseover and target on a link",
    body: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "hover", marks: [{ type: "link", attrs: { href: "https://example.org/", onmouseover: "alert(1)", target: "_self", rel: "opener" } }] }] }],
    },
    text: "hover",
  },
  {
    name: "marks of unknown types",
    body: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "marked", marks: [{ type: "script" }, { type: "textStyle", attrs: { style: "x" } }, { type: "highlight", attrs: { onclick: "alert(1)" } }] }] }],
    },
    text: "marked",
  },
  {
    name: "a list with start as a string of script",
    body: { type: "doc", content: [{ type: "orderedList", attrs: { start: '1" onclick="alert(1)' }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }] }] }] },
    text: "item",
  },
  {
    name: "deeply nested quotes",
    body: (() => {
      let node: unknown = { type: "paragraph", content: [{ type: "text", text: "<script>deep</script>" }] };
      for (let i = 0; i < 5_000; i += 1) node = { type: "blockquote", content: [node] };
      return { type: "doc", content: [node] };
    })(),
    text: "<script>deep</script>",
  },
];
