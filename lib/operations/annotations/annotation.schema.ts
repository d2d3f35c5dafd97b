import { z } from "zod";
import { richTextSchema } from "../../rich-text/schema";

// The parts of an annotation a user writes: one schema for the form, the API and the server.

export const VISIBILITIES = ["PRIVATE", "ORGANIZATION", "PUBLIC"] as const;
export const STANCES = ["CONCERN", "SUPPORT", "PROPOSAL", "QUESTION"] as const;
export const SOURCE_KINDS = ["NGO", "OHCHR", "STATE", "ACADEMIC", "OTHER"] as const;

const tagsSchema = z.array(z.string().trim().min(1).max(80)).max(20, "Use at most 20 tags.");

export const annotationContentSchema = z.object({
  body: richTextSchema,
  tags: tagsSchema.default([]),
  stance: z.enum(STANCES, "Choose a stance: concern, support, proposal or question."),
  sourceKind: z.enum(SOURCE_KINDS, "Choose where the commentary comes from."),
  sourceOrganization: z.string().trim().max(200).optional(),
  proposedText: z.string().trim().max(20_000, "The proposed text is too long.").optional(),
  visibility: z.enum(VISIBILITIES, "Choose who may see it: only you, your organisation, or everyone."),
});

export const textTargetSchema = z.object({
  draftId: z.string().min(1),
  provisionId: z.string().min(1, "Select words in a provision first."),
  quote: z.object({
    exact: z.string().min(1, "Select the words the annotation is about.").max(5000, "Select fewer words (at most 5,000 characters)."),
    prefix: z.string().max(64).default(""),
    suffix: z.string().max(64).default(""),
  }),
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).refine((p) => p.end > p.start, "The selection is empty."),
});

export const createAnnotationSchema = annotationContentSchema.extend({ target: textTargetSchema });
export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;

// `.partial()` keeps defaults: without its own `tags`, an edit that leaves tags out would clear them.
export const updateAnnotationSchema = annotationContentSchema.partial().extend({
  tags: tagsSchema.optional(),
  annotationId: z.string().min(1),
  version: z.number().int().min(1),
});
export type UpdateAnnotationInput = z.input<typeof updateAnnotationSchema>;

export const annotationVersionSchema = z.object({ annotationId: z.string().min(1), version: z.number().int().min(1) });
export const setAnnotationStatusSchema = annotationVersionSchema.extend({ status: z.enum(["OPEN", "RESOLVED"]) });
export const replySchema = z.object({ annotationId: z.string().min(1), body: richTextSchema });
export const replyVersionSchema = z.object({ replyId: z.string().min(1), version: z.number().int().min(1) });
export const editReplySchema = replyVersionSchema.extend({ body: richTextSchema });
