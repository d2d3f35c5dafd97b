import { z } from "zod";
import { findMisplaced } from "../draft-text/check-tree";
import type { PreviewProvision } from "../draft-text/preview-tree";
import { MAX_TREE_DEPTH, PROVISION_KINDS } from "../draft-text/tree-rules";
import { draftMetadataSchema, MAX_DRAFT_TEXT_CHARS } from "./draft-metadata.schema";

// The tree comes from the browser after the editor's corrections: it is checked as untrusted input,
// against the same rules the preview's edits keep.

export const MAX_PROVISIONS = 20_000;
const MAX_PROVISION_CHARS = 200_000;

const provisionSchema = z.object({
  id: z.string().max(40),
  kind: z.enum(PROVISION_KINDS),
  label: z.string().trim().max(120, "A provision's number may have at most 120 characters.").nullable(),
  number: z.string().trim().max(40, "A provision's number may have at most 40 characters.").nullable(),
  heading: z.string().trim().max(1000, "A heading may have at most 1,000 characters.").nullable(),
  text: z.string().trim().max(MAX_PROVISION_CHARS, "A provision's text may have at most 200,000 characters."),
  line: z.number().int().min(0),
  notes: z.string().trim().max(MAX_PROVISION_CHARS).nullable(),
  get children(): z.ZodArray<typeof provisionSchema> {
    return z.array(provisionSchema);
  },
});

interface Size {
  depth: number;
  count: number;
  chars: number;
}

/** Depth, number of provisions and characters, counted without recursion before zod descends into the tree. */
function measure(provisions: unknown[]): Size {
  const size: Size = { depth: 0, count: 0, chars: 0 };
  const stack: { nodes: unknown[]; depth: number }[] = [{ nodes: provisions, depth: 1 }];
  while (stack.length > 0 && size.depth <= MAX_TREE_DEPTH && size.count <= MAX_PROVISIONS) {
    const { nodes, depth } = stack.pop()!;
    for (const node of nodes) {
      size.count++;
      size.depth = Math.max(size.depth, depth);
      const { text, children } = (node ?? {}) as { text?: unknown; children?: unknown };
      if (typeof text === "string") size.chars += text.length;
      if (Array.isArray(children)) stack.push({ nodes: children, depth: depth + 1 });
    }
  }
  return size;
}

const provisionsSchema = z
  .array(z.unknown())
  .min(1, "The draft has no provisions.")
  .superRefine((provisions, ctx) => {
    const size = measure(provisions);
    if (size.depth > MAX_TREE_DEPTH) ctx.addIssue({ code: "custom", message: `The draft is nested more than ${MAX_TREE_DEPTH} levels deep: check its structure.` });
    if (size.count > MAX_PROVISIONS) ctx.addIssue({ code: "custom", message: `The draft has more than ${MAX_PROVISIONS.toLocaleString("en")} provisions.` });
    if (size.chars > MAX_DRAFT_TEXT_CHARS) ctx.addIssue({ code: "custom", message: "The text is too long (over 5 million characters)." });
  })
  .pipe(z.array(provisionSchema))
  .superRefine((provisions, ctx) => {
    const misplaced = findMisplaced(provisions);
    if (misplaced[0]) ctx.addIssue({ code: "custom", message: `${misplaced[0].message} Change its level in the preview.` });
    const articles = (nodes: PreviewProvision[]): boolean => nodes.some((node) => node.kind === "ARTICLE" || articles(node.children));
    if (!articles(provisions)) ctx.addIssue({ code: "custom", message: "The draft has no article: mark its articles before saving." });
  });

export const importParsedDraftSchema = draftMetadataSchema.extend({ provisions: provisionsSchema });

export type ImportParsedDraftInput = z.input<typeof importParsedDraftSchema>;
