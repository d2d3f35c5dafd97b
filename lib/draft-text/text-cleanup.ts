/**
 * Line-level normalisation shared by every stage: drafts arrive as PDF/Word/Markdown exports,
 * so the same text can carry CRLFs, a BOM, odd spaces and Markdown residue.
 */
export function splitNormalisedLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .split("\n");
}

/**
 * Markdown links keep only their text (URLs may hold one level of parentheses, e.g. "…/(wct)/…");
 * paired backquotes are LaTeX-style opening quotes.
 */
export function cleanInline(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1")
    .replace(/``/g, '"')
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Lines such as `<meta …>` left behind by HTML-to-text conversion. */
export function isMarkupOnlyLine(line: string): boolean {
  return /^(<[!/]?[A-Za-z][^>]*>\s*)+$/.test(line);
}

/** Markdown heading marks, which are layout rather than text. */
export function stripHeadingMarks(line: string): string {
  return line.replace(/^#+\s*/, "");
}

/** Removes Markdown heading marks and emphasis, which are layout and not part of a heading. */
export function stripHeadingMarkup(line: string): string {
  return stripHeadingMarks(line)
    .replace(/\*+/g, "")
    .replace(/(^|\s)_+|_+(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
