import { structureMessage } from "./issue-messages";
import { RichTextError } from "./rich-text-error";
import { richTextSchema } from "./rich-text-schema";
import type { RichTextDoc } from "./types";

/** The body as stored, or a RichTextError whose message says to the analyst what is not allowed. */
export function parseRichText(input: unknown): RichTextDoc {
  const result = richTextSchema.safeParse(input);
  if (!result.success) throw new RichTextError(result.error.issues[0]?.message ?? structureMessage);
  return result.data;
}
