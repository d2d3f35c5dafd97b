import { z } from "zod";
import { draftMetadataSchema } from "./draft-metadata.schema";

export const previewDraftSchema = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, "Choose a file."),
  /** Tells .docx, .pdf and .txt apart when the content alone does not. */
  fileName: z.string().trim().max(300).optional(),
  language: draftMetadataSchema.shape.language,
});

export type PreviewDraftInput = z.input<typeof previewDraftSchema>;
