// The print stylesheet of the PDF exports. Chromium takes the fonts from the system: Debian's
// fonts-noto-core has Noto Serif and Noto Sans (Latin, with every Vietnamese letter) and Noto
// Naskh Arabic and Noto Sans Arabic; it embeds the glyphs used in the PDF. Each font list names
// the other script's font next, so a word of either script in any paragraph has its glyphs.
// The page's margin box holds the footer, "Page 3 of 12" as in the DOCX: Chromium lays it out
// with the page, where a footer template of the printer's is a document loaded for every page.

const SERIF = "'Noto Serif', 'Noto Naskh Arabic', serif";
const SANS = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
const SERIF_ARABIC = "'Noto Naskh Arabic', 'Noto Serif', serif";
const SANS_ARABIC = "'Noto Sans Arabic', 'Noto Sans', sans-serif";

export const PRINT_CSS = `
@page {
  size: A4;
  margin: 2cm 2cm 2.2cm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: ${SANS}; font-size: 8pt; }
}
/* In a window wider than the A4 page, such as the printer's (1280 px), the document shows nothing:
   Chromium lays out a page it has loaded for the screen before it prints it, at about the cost of
   the print's own layout. Hidden from the screen media type instead, it is laid out twice while
   printing, as Chromium switches media back and forth. */
@media (min-width: 211mm) { body { display: none; } }
html { font-family: ${SERIF}; font-size: 10pt; line-height: 1.4; color: #000; }
body { margin: 0; }
[dir="ltr"] { font-family: ${SERIF}; }
[dir="rtl"] { font-family: ${SERIF_ARABIC}; }
:is(h1, h2, h3, th, .sans)[dir="ltr"], h1, h2, h3, th { font-family: ${SANS}; }
:is(h1, h2, h3, th, .sans)[dir="rtl"] { font-family: ${SANS_ARABIC}; }
h1 { font-size: 18pt; margin: 0 0 12pt; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; }
p { margin: 0 0 4pt; }
a { color: #1a4f9c; }
.meta { font-style: italic; }
.title-page { break-after: page; }
.title-page h1 { font-size: 22pt; margin-top: 30%; }
.title-page .generated { margin-top: 36pt; font-style: italic; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 8pt; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #777; padding: 4pt 5pt; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
th { background: #e7e6e6; font-size: 9pt; }
table.items th:nth-child(1) { width: 32%; }
table.compact { width: auto; min-width: 50%; }
table.drafts th:nth-child(1) { width: 15%; }
.pair-status { font-size: 9pt; color: #444; break-after: avoid; }
.label { font-weight: bold; }
del { text-decoration: line-through; color: #a40000; }
ins { text-decoration: underline; color: #005e20; }
blockquote { margin: 0 0 4pt; padding-inline-start: 8pt; border-inline-start: 2pt solid #bbb; }
ul, ol { margin: 0 0 4pt; padding-inline-start: 16pt; }
sup.note-ref { font-size: 7pt; }
ol.notes { font-size: 8.5pt; margin: 2pt 0 10pt; padding-inline-start: 16pt; }
`;
