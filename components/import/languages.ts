// The six official languages of the United Nations, and Vietnamese for partners in Viet Nam.
export const DRAFT_LANGUAGES = [
  { code: "ar", name: "Arabic" },
  { code: "zh", name: "Chinese" },
  { code: "en", name: "English" },
  { code: "fr", name: "French" },
  { code: "ru", name: "Russian" },
  { code: "es", name: "Spanish" },
  { code: "vi", name: "Vietnamese" },
] as const;

/** Value of the language select's last option: the editor types the code. */
export const OTHER_LANGUAGE = "other";
