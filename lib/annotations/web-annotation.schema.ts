import { z } from "zod";
import { SOURCE_KINDS, STANCES, VISIBILITIES } from "../operations/annotations/annotation.schema";

// What API clients send to create or change an annotation, in the W3C model. The commentary may
// come as plain text (a TextualBody) or as Draftwatch rich text ("draftwatch:body").

const textualBody = z.object({ type: z.literal("TextualBody"), value: z.string(), purpose: z.enum(["commenting", "editing"]).default("commenting") });
const tagBody = z.object({ type: z.literal("SpecificResource"), purpose: z.literal("tagging"), value: z.string().optional(), source: z.string() });

const target = z.object({
  source: z.string().regex(/\/provisions\/[^/?#]+$/, "target.source must be a provision URL (…/provisions/<id>)."),
  selector: z
    .union([
      z.object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string().default(""), suffix: z.string().default("") }),
      z.object({ type: z.literal("TextPositionSelector"), start: z.number().int(), end: z.number().int() }),
    ])
    .array(),
  // The clause the words were on in the exporting instance, which tells repeated wording apart on import.
  "draftwatch:clause": z.object({ article: z.string().nullable(), provision: z.string().nullable() }).optional(),
});

export const webAnnotationInputSchema = z.object({
  type: z.literal("Annotation", "type must be \"Annotation\"."),
  body: z.union([textualBody, tagBody]).array().default([]),
  // Draftwatch writes one target per draft the annotation stands on; the first is where it was written.
  target: z.union([target, target.array().transform((targets) => targets[0])]).optional(),
  "draftwatch:version": z.number().int().optional(),
  "draftwatch:visibility": z.enum(VISIBILITIES).optional(),
  "draftwatch:stance": z.enum(STANCES).optional(),
  "draftwatch:source": z.object({ kind: z.enum(SOURCE_KINDS), organization: z.string().nullable().optional() }).optional(),
  "draftwatch:body": z.unknown().optional(),
});

export type WebAnnotationInput = z.output<typeof webAnnotationInputSchema>;
