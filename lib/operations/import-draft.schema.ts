import { z } from "zod";

export const MAX_DRAFT_TEXT_CHARS = 5_000_000;

// Shared by the command line now and the upload form of #3: one schema validates both.
export const importDraftSchema = z.object({
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
  text: z.string().max(MAX_DRAFT_TEXT_CHARS, "The text is too long (over 5 million characters)."),
});

export type ImportDraftInput = z.input<typeof importDraftSchema>;
export type ImportDraftData = z.output<typeof importDraftSchema>;
