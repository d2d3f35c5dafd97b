import { OTHER_LANGUAGE } from "./languages";

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** The language chosen in the form: one of the list, or the code typed for another. */
export function formLanguage(form: FormData): string {
  const chosen = field(form, "language");
  return chosen === OTHER_LANGUAGE ? field(form, "languageCode") : chosen;
}

/** The draft's metadata as the save endpoint takes it; empty optional fields are left out. */
export function formMetadata(form: FormData) {
  const file = form.get("file");
  return {
    treaty: field(form, "treaty") || field(form, "newTreaty"),
    title: field(form, "title"),
    symbol: field(form, "symbol") || undefined,
    date: field(form, "date"),
    language: formLanguage(form),
    eventId: field(form, "eventId") || undefined,
    source: file instanceof File && file.name ? file.name : undefined,
  };
}
