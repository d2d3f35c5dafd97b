import { csvRecord } from "./csv-cell";
import { sourceKindLabel, stanceLabel } from "./item-labels";
import type { SubmissionExport, SubmissionItem } from "./types";

// One row per item, for analysts who sort and filter in a spreadsheet.

// Excel reads a CSV file without a byte order mark in the machine's legacy code page, which
// turns Arabic and Vietnamese into mojibake; encoded as UTF-8 this character is EF BB BF.
const BYTE_ORDER_MARK = "\uFEFF";

const COLUMNS: readonly [header: string, value: (item: SubmissionItem) => string][] = [
  ["Article", (item) => item.articleLabel],
  ["Provision", (item) => item.provisionLabel ?? ""],
  ["Quote", (item) => item.quote],
  ["Proposed text", (item) => item.proposedText ?? ""],
  ["Justification", (item) => item.justificationText],
  ["Tags", (item) => item.tags.join("; ")],
  ["Stance", (item) => stanceLabel(item.stance)],
  ["Source kind", (item) => sourceKindLabel(item.sourceKind)],
  ["Source organisation", (item) => item.sourceOrganization ?? ""],
  ["Author", (item) => item.author],
  ["Organisation", (item) => item.organization ?? ""],
  ["Created", (item) => item.createdAt],
];

/** The submission as CSV text, starting with a byte order mark: encode it as UTF-8 to serve it. */
export function toCsv(submission: SubmissionExport): string {
  const header = csvRecord(COLUMNS.map(([name]) => name));
  const rows = submission.items.map((item) => csvRecord(COLUMNS.map(([, value]) => value(item))));
  return BYTE_ORDER_MARK + header + rows.join("");
}
