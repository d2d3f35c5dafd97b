export { detectDraftFileKind } from "./detect-kind";
export { extractDraftText } from "./extract-draft-text";
export {
  DraftFileError,
  fileTooLarge,
  MAX_DRAFT_FILE_BYTES,
  type DraftFileKind,
  type DraftFootnote,
  type ExtractDraftOptions,
  type ExtractedDraft,
} from "./types";
