import { z } from "zod";
import { structureMessage } from "./issue-messages";
import { findLimitProblem, limitMessages } from "./limits";
import { docStructureSchema } from "./node-schemas";
import type { RichTextDoc } from "./types";

/**
 * An annotation body as zod sees it, for use inside any operation's input schema. Limits are
 * checked first, without recursion, so the structural schema below only ever recurses a
 * bounded number of levels; each issue carries a message meant for the analyst.
 */
export const richTextSchema = z.unknown().transform((input, ctx): RichTextDoc => {
  const problem = findLimitProblem(input);
  if (problem !== null) {
    ctx.addIssue({ code: "custom", message: limitMessages[problem], input });
    return z.NEVER;
  }
  // Issues the allow-list does not word itself (a wrong type, a missing field) get one plain message.
  const result = docStructureSchema.safeParse(input, { error: () => structureMessage });
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, input });
    return z.NEVER;
  }
  return result.data;
});
