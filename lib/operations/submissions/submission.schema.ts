import { z } from "zod";
import { richTextSchema } from "../../rich-text/schema";

// The parts of a submission its authors write: one schema for the builder form and the server.

const title = z.string().trim().min(1, "Give the submission a title.").max(300, "Keep the title under 300 characters.");
const signatories = z
  .array(z.string().trim().max(200, "An organisation's name must be under 200 characters."))
  .max(50, "At most 50 organisations can sign one submission.")
  .transform((names) => [...new Set(names.filter((name) => name.length > 0))]);

export const createSubmissionSchema = z.object({
  draftId: z.string().min(1, "Choose the draft the submission is on."),
  title,
  signatories: signatories.default([]),
});
export type CreateSubmissionInput = z.input<typeof createSubmissionSchema>;

export const MAX_SUBMISSION_ITEMS = 2_000;

export const saveSubmissionSchema = z.object({
  submissionId: z.string().min(1),
  version: z.number().int().min(1),
  title,
  signatories,
  introduction: richTextSchema.nullable(),
  annotationIds: z
    .array(z.string().min(1))
    .max(MAX_SUBMISSION_ITEMS, `A submission holds at most ${MAX_SUBMISSION_ITEMS.toLocaleString("en")} annotations.`)
    .refine((ids) => new Set(ids).size === ids.length, "An annotation can be in a submission only once."),
});
export type SaveSubmissionInput = z.input<typeof saveSubmissionSchema>;

export const submissionVersionSchema = z.object({ submissionId: z.string().min(1), version: z.number().int().min(1) });
