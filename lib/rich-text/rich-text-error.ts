/** A refused annotation body; the message is written for the analyst who wrote it. */
export class RichTextError extends Error {
  override name = "RichTextError";
}
