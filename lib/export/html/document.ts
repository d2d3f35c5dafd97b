import { escapeHtml } from "./escape";
import { PRINT_CSS } from "./print-css";

// The frame of every print HTML: one self-contained document, UTF-8, its stylesheet inline. Its
// headings and labels are English, as in the DOCX; each text element carries its own language.
// The policy forbids scripts and every load, a second lock behind the escaping: Chromium prints
// it with JavaScript off too.

const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export function htmlDocument(title: string, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="en" dir="ltr">',
    `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    `<title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head>`,
    `<body>${body}</body>`,
    "</html>",
  ].join("\n");
}
