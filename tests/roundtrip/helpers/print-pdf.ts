import type { Browser } from "playwright-core";
import { classifyDraftLines } from "./draft-lines";

// Prints a draft to PDF with Chromium as a typeset committee document: justified text with
// hyphenated line breaks, centred headings, hanging numbers, a running header with the document
// symbol, and a footer with the job number and page numbers.

// bench/import.bench.ts launches its browser with these.
export { CHROMIUM_ARGS } from "../../../lib/pdf/chromium";

export const PDF_SYMBOL = "SAMPLE/AHC.1/3";
export const PDF_JOB_NUMBER = "V.31-01234 (E)";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Chromium has no hyphenation dictionaries offline, so `hyphens: auto` does nothing; soft hyphens
// give it break points in long words, and it prints a hyphen where it breaks a line at one.
function softHyphenate(text: string): string {
  return text.replace(/\b[a-z]{9,}\b/g, (word) => {
    const points: string[] = [];
    for (let at = 0; at < word.length; at += 4) points.push(word.slice(at, at + 4));
    const last = points.pop() ?? "";
    if (last.length < 3 && points.length > 0) points[points.length - 1] += last;
    else points.push(last);
    return points.join("\u00AD");
  });
}

function draftHtml(source: string, language: string): string {
  const rtl = language === "ar";
  const body = classifyDraftLines(source, language)
    .map((line) => {
      if (line.kind === "heading") return `<p class="h${line.level}">${escapeHtml(line.text)}</p>`;
      const text = rtl ? escapeHtml(line.text) : softHyphenate(escapeHtml(line.text));
      if (line.kind === "item") return `<p class="item l${line.level}"><span class="n">${escapeHtml(line.label)}</span> ${text}</p>`;
      return `<p>${text}</p>`;
    })
    .join("\n");
  const font = rtl ? "'Noto Naskh Arabic'" : "'Noto Serif'";
  return `<!doctype html><html lang="${language}" dir="${rtl ? "rtl" : "ltr"}"><head><meta charset="utf-8"><style>
    body { font-family: ${font}; font-size: 10.5pt; line-height: 1.3; margin: 0; }
    p { margin: 0 0 5pt; text-align: justify; hyphens: manual; }
    p.h1, p.h2 { text-align: center; font-weight: bold; margin: 0 0 2pt; break-after: avoid; }
    p.h1 { font-size: 12pt; }
    .item.l0 { padding-inline-start: 0; }
    .item.l1 { padding-inline-start: 2.2em; text-indent: -2.2em; }
    .item.l2 { padding-inline-start: 4.4em; text-indent: -2.2em; }
  </style></head><body>${body}</body></html>`;
}

export async function printDraftPdf(browser: Browser, source: string, language: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(draftHtml(source, language));
    const small = "font-family: 'Noto Sans'; font-size: 8px; width: 100%; margin: 0 2cm; display: flex; justify-content: space-between;";
    const pdf = await page.pdf({
      format: "A4",
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small}"><span></span><span>${PDF_SYMBOL}</span></div>`,
      footerTemplate: `<div style="${small}"><span>${PDF_JOB_NUMBER}</span><span class="pageNumber"></span><span></span></div>`,
      margin: { top: "2.5cm", bottom: "2.5cm", left: "2.2cm", right: "2.2cm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
