import { detectDraftFileKind } from "./detect-kind";
import { extractDocx } from "./docx-file";
import { extractPdf } from "./pdf-file";
import { decodeTextFile } from "./text-file";
import { DraftFileError, fileTooLarge, MAX_DRAFT_FILE_BYTES, type ExtractDraftOptions, type ExtractedDraft } from "./types";

/**
 * Turns an uploaded draft (.docx, .pdf or .txt) into plain text in the published layout that
 * parseDraftText reads. Throws DraftFileError, with a message for the user, when the file cannot
 * be read.
 */
export async function extractDraftText(bytes: Uint8Array, options: ExtractDraftOptions = {}): Promise<ExtractedDraft> {
  if (bytes.length === 0) throw new DraftFileError("The file is empty (0 bytes). Check that you chose the right file and upload it again.");
  if (bytes.length > MAX_DRAFT_FILE_BYTES) throw fileTooLarge(bytes.length);
  const kind = detectDraftFileKind(bytes, options.fileName);
  if (kind === "pdf") return extractPdf(bytes, options);
  const draft = kind === "docx" ? await extractDocx(bytes) : { text: decodeTextFile(bytes), footnotes: [], warnings: [] };
  if (draft.text.trim() === "") throw new DraftFileError("The file is empty: it contains no text. Check that you chose the right file and upload it again.");
  options.onProgress?.(1, 1);
  return draft;
}
