import { z } from "zod";

// Query strings carry flags as "1" or "true"; anything else is off.
const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "1" || v === "true");

// The compare page's query string and the JSON API's: one schema for both.
export const comparisonQuerySchema = z
  .object({
    from: z.string().trim().min(1, "Choose the earlier draft (from)."),
    to: z.string().trim().min(1, "Choose the later draft (to)."),
    ignoreWhitespace: flag,
    ignorePunctuation: flag,
  })
  .refine((q) => q.from !== q.to, { message: "Choose two different drafts to compare.", path: ["to"] });

export type ComparisonQuery = z.input<typeof comparisonQuerySchema>;
