// One CSV field as RFC 4180 writes it, made safe to open in a spreadsheet.

// A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(…)", "@SUM(…)")
// or, for tab and carriage return, strips them and looks at what follows. The apostrophe makes
// the cell text; the spreadsheet hides it. OWASP's advice for CSV injection.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A record: fields joined by commas, ended by CRLF as RFC 4180 asks. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
