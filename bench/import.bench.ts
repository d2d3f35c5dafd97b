/**
 * Import of the longest demo draft and of a 40-page draft from each format: reading the file
 * (extraction) and parsing it into provisions, without the database. Goal: under 2 s for 40 pages.
 */
import { chromium } from "playwright-core";
import { extractDraftText } from "../lib/draft-import";
import { parseDraftText } from "../lib/draft-text/parse-draft-text";
import { CHROMIUM_ARGS, printDraftPdf } from "../tests/roundtrip/helpers/print-pdf";
import { writeDraftDocx } from "../tests/roundtrip/helpers/write-docx";
import { demoDraft, longEnglishDraft } from "./lib/long-draft";
import { measureAsync, printTable } from "./lib/measure";

const texts = [
  { name: "longest demo draft (sample-3-revised.en)", text: demoDraft("sample-3-revised.en.txt") },
  { name: "about 40 pages (the English demo drafts run on)", text: longEnglishDraft() },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  for (const { name, text } of texts) {
    const files = {
      txt: new TextEncoder().encode(text),
      docx: await writeDraftDocx(text, "en"),
      pdf: await printDraftPdf(browser, text, "en"),
    };
    const pages = (await extractDraftText(files.pdf, { fileName: "draft.pdf" })).pages;
    const rows = [];
    for (const [kind, bytes] of Object.entries(files)) {
      rows.push(
        await measureAsync(`${kind.padEnd(4)} read + parse`, async () => {
          const extracted = await extractDraftText(bytes, { fileName: `draft.${kind}`, language: "en" });
          parseDraftText(extracted.text, { language: "en" });
        }, 5),
      );
    }
    printTable(`Import: ${name}, ${pages} pages as PDF`, rows);
  }
} finally {
  await browser.close();
}
