const FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Dates of drafts and events are calendar days, stored at UTC midnight. */
export function formatDate(date: Date): string {
  return FORMAT.format(date);
}
