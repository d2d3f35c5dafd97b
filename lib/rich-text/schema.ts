// The public face of annotation bodies: what is allowed, how input is checked, how it is cleaned.
export { richTextSchema } from "./rich-text-schema";
export { parseRichText } from "./parse";
export { sanitizeRichText } from "./sanitize";
export { RichTextError } from "./rich-text-error";
export { isAllowedHref } from "./allowed-href";
export { MAX_DEPTH, MAX_NODES, MAX_TEXT_CHARACTERS } from "./limits";
export type * from "./types";
