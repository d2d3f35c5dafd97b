const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ps", "ur", "yi", "dv", "ckb"]);

/** Writing direction of a BCP 47 language tag. */
export function textDirection(language: string): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split("-")[0] ?? "") ? "rtl" : "ltr";
}

const NAMES: Record<string, string> = {
  ar: "Arabic", en: "English", es: "Spanish", fr: "French", ru: "Russian", zh: "Chinese", vi: "Vietnamese", nl: "Dutch",
};

export function languageName(language: string): string {
  return NAMES[language.toLowerCase().split("-")[0] ?? ""] ?? language;
}
