// Lines a page layout adds around the text: UN document symbols, job numbers,
// barcodes and page numbers. Each pattern must match the whole (trimmed) line.
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+)+$/, // A/AC.291/22/Rev.1 (a digit is also required, below)
  /^[A-Z]\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}$/, // V.23-12345 (E) 011123 021123
  /^\*\d{6,}\*$/, // *2312345*
  /^\d{1,4}$/,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
];

export function isPageFurniture(line: string): boolean {
  const trimmed = line.trim();
  return FURNITURE_PATTERNS.some((pattern, index) =>
    pattern.test(trimmed) && (index !== 0 || /\d/.test(trimmed)),
  );
}

const RUNNING_HEADER_MAX_LENGTH = 80;
const RUNNING_HEADER_MIN_REPEATS = 3;

function headerKey(line: string): string {
  return line.trim().replace(/\s+/g, " ");
}

/**
 * Short lines repeated on every page (running headers/footers). `isProtected` excludes lines that
 * may legitimately repeat, such as structural headings. Markdown headings, bracketed text
 * ("[Deleted]") and lines ending in sentence punctuation are never running headers.
 */
export function findRunningHeaders(
  lines: readonly string[],
  isProtected: (index: number) => boolean,
): Set<string> {
  const counts = new Map<string, number>();
  lines.forEach((line, index) => {
    const key = headerKey(line);
    if (
      key === "" ||
      key.length > RUNNING_HEADER_MAX_LENGTH ||
      /^[#[]/.test(key) ||
      /[.;:,]$/.test(key) ||
      isProtected(index)
    ) {
      return;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return new Set([...counts].filter(([, count]) => count >= RUNNING_HEADER_MIN_REPEATS).map(([key]) => key));
}

export function isRunningHeader(line: string, headers: ReadonlySet<string>): boolean {
  return headers.has(headerKey(line));
}
