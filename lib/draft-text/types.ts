export type ProvisionKind =
  | "PREAMBLE"
  | "PART"
  | "CHAPTER"
  | "SECTION"
  | "TITLE"
  | "ARTICLE"
  | "PARAGRAPH"
  | "SUBPARAGRAPH"
  | "ANNEX";

export interface ParsedProvision {
  kind: ProvisionKind;
  /** The number as printed, whitespace normalised: "Article 24", "Chapter IV", "1.", "(a)", "المادة 5". */
  label: string | null;
  /** The number alone; Arabic-Indic digits and Arabic ordinal words become ASCII digits. */
  number: string | null;
  heading: string | null;
  /** The provision's own text, not its children's; NFC. Paragraph breaks inside it are "\n\n". */
  text: string;
  /** 1-based line of the input where the provision starts. */
  line: number;
  /** Footnotes whose reference the provision carries (Word files), one per paragraph; the parser leaves it unset. */
  notes?: string | null;
  children: ParsedProvision[];
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedDraft {
  provisions: ParsedProvision[];
  warnings: ParseWarning[];
}

export { DraftParseError } from "./draft-parse-error";
