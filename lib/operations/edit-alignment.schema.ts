import { z } from "zod";

const ids = z.array(z.string().min(1)).max(20);

export const setAlignmentPairSchema = z
  .object({ alignmentId: z.string().min(1), from: ids, to: ids })
  .refine((p) => p.from.length + p.to.length > 0, { message: "Choose at least one article." })
  .refine((p) => p.from.length <= 1 || p.to.length <= 1, { message: "Pair one article with several (a split) or several with one (a merge), not several with several." });

export const alignmentPairRefSchema = z.object({ pairId: z.string().min(1) });
export const alignmentRefSchema = z.object({ alignmentId: z.string().min(1) });

export type SetAlignmentPairInput = z.input<typeof setAlignmentPairSchema>;
