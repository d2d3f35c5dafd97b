export type DraftFileKind = "txt" | "docx" | "pdf";

export interface DraftFootnote {
  /** The note's number as printed ("1", "2", …, or the custom mark). */
  marker: string;
  text: string;
  /** Text of the paragraph that carries the note's reference, when the file tells (Word files): where the note belongs. */
  paragraph?: string;
}

/** An uploaded draft as plain text in the published layout that parseDraftText reads. */
export interface ExtractedDraft {
  text: string;
  footnotes: DraftFootnote[];
  /** Number of pages, for PDFs. */
  pages?: number;
  /** Things the user should check in the preview (e.g. pages without text). */
  warnings: string[];
}

export interface ExtractDraftOptions {
  fileName?: string;
  /** ISO 639-1 code of the draft's language, when known: helps tell headings from text in PDFs. */
  language?: string;
  /** Called as the file is read: pages for a PDF, one step for other files. */
  onProgress?: (done: number, total: number) => void;
}

/** A file that cannot be read as a draft. The message is for the user: what is wrong, what to do. */
export class DraftFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DraftFileError";
  }
}

export const MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The refusal of a file over the limit; the import page and the upload endpoint give it before reading the file. */
export function fileTooLarge(size: number): DraftFileError {
  return new DraftFileError(
    `The file is too large (${megabytes(size)}; the limit is ${megabytes(MAX_DRAFT_FILE_BYTES)}). Remove images from the document or split it, and upload it again.`,
  );
}
