import { z } from "zod";

export const MAX_DRAFT_TEXT_CHARS = 5_000_000;

// The draft's metadata, as the command line and the import page give it: one schema validates both.
export const draftMetadataSchema = z.object({
  treaty: z.string().trim().min(1, "Name the treaty (--treaty).").max(300),
  title: z.string().trim().min(1, "Give the draft a title (--title).").max(300),
  symbol: z.string().trim().max(120).optional(),
  date: z.iso.date("The date must be written YYYY-MM-DD (--date)."),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "The language must be a code such as en, ar, zh or vi (--language)."),
  source: z.string().trim().max(2000).optional(),
  eventId: z.string().trim().min(1).optional(),
});

export type DraftMetadata = z.output<typeof draftMetadataSchema>;
