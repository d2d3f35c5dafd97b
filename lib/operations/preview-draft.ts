import { assertCan, type Actor } from "../auth/permissions";
import { attachFootnotes } from "../draft-import/attach-footnotes";
import { extractDraftText, type DraftFootnote } from "../draft-import";
import { checkPreviewTree } from "../draft-text/check-tree";
import { parseDraftText } from "../draft-text/parse-draft-text";
import { toPreviewTree, type PreviewProvision, type PreviewWarning } from "../draft-text/preview-tree";
import { parseInput } from "./errors";
import { previewDraftSchema, type PreviewDraftInput } from "./preview-draft.schema";

export interface DraftPreview {
  provisions: PreviewProvision[];
  /** About provisions: recomputed in the page after each correction. */
  warnings: PreviewWarning[];
  /** About the file as a whole (pages without text, footnotes that could not be placed): they stay. */
  fileWarnings: string[];
  footnotes: DraftFootnote[];
  pages: number | null;
}

const SNIPPET_CHARS = 60;

function unplacedWarning(note: DraftFootnote): string {
  const text = note.text.length > SNIPPET_CHARS ? `${note.text.slice(0, SNIPPET_CHARS)}…` : note.text;
  return `Footnote ${note.marker} (“${text}”) could not be tied to a provision: it will not be saved.`;
}

/**
 * Reads an uploaded draft and parses it into the tree the editor checks before saving; writes
 * nothing. Throws DraftFileError or DraftParseError, with a message for the editor, when the
 * file cannot be read or placed in the draft structure.
 */
export async function previewDraft(actor: Actor, input: PreviewDraftInput): Promise<DraftPreview> {
  assertCan(actor, "draft:import");
  const { bytes, fileName, language } = parseInput(previewDraftSchema, input);
  const extracted = await extractDraftText(bytes, { fileName, language });
  const provisions = toPreviewTree(parseDraftText(extracted.text, { language }).provisions);
  const unplaced = attachFootnotes(provisions, extracted.footnotes);
  return {
    provisions,
    warnings: checkPreviewTree(provisions),
    fileWarnings: [...extracted.warnings, ...unplaced.map(unplacedWarning)],
    footnotes: extracted.footnotes,
    pages: extracted.pages ?? null,
  };
}
