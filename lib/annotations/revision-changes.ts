import { z } from "zod";
import { diffWords } from "../diff/diff-words";
import type { DiffOp } from "../diff/types";
import { richTextSchema } from "../rich-text/schema";
import { richTextToPlainText } from "../rich-text/plain-text";
import { SOURCE_KINDS, STANCES, VISIBILITIES } from "../operations/annotations/annotation.schema";
import { SOURCE_KIND_LABELS, STANCE_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from "./labels";

// What a revision keeps (lib/db/annotations.ts annotationSnapshot), read back defensively: history
// rows are never rewritten, so one of another shape is shown without its changes, not refused.
const snapshotSchema = z.object({
  visibility: z.enum(VISIBILITIES),
  stance: z.enum(STANCES),
  status: z.enum(["OPEN", "RESOLVED"]),
  sourceKind: z.enum(SOURCE_KINDS),
  sourceOrganization: z.string().nullable(),
  body: richTextSchema,
  proposedText: z.string().nullable(),
  tags: z.array(z.string()),
  deleted: z.boolean(),
  // Only on a revision of the thread: the reply's words before and after.
  reply: z.object({ before: z.string(), after: z.string() }).optional(),
});
type Snapshot = z.infer<typeof snapshotSchema>;

/** One field a revision changed: words as a word diff, choices as before → after. */
export type RevisionChange =
  | { field: "Commentary" | "Proposed amendment" | "Reply"; ops: DiffOp[] }
  | { field: "Stance" | "Status" | "Visible to" | "Source" | "Source organisation" | "Tags"; before: string; after: string };

type Field<Kind> = { field: Extract<RevisionChange, Kind>["field"]; value: (s: Snapshot) => string };

const CHOICES: Field<{ before: string }>[] = [
  { field: "Stance", value: (s) => STANCE_LABELS[s.stance] },
  { field: "Status", value: (s) => STATUS_LABELS[s.status] },
  { field: "Visible to", value: (s) => VISIBILITY_LABELS[s.visibility] },
  { field: "Source", value: (s) => SOURCE_KIND_LABELS[s.sourceKind] },
  { field: "Source organisation", value: (s) => s.sourceOrganization ?? "" },
  { field: "Tags", value: (s) => [...s.tags].sort().join(", ") },
];

const WORDS: Field<{ ops: DiffOp[] }>[] = [
  { field: "Commentary", value: (s) => richTextToPlainText(s.body) },
  { field: "Proposed amendment", value: (s) => s.proposedText ?? "" },
];

/**
 * What changed from the revision before (`previous`) to this one, and the reply this one wrote,
 * rewrote or deleted; nothing for the first or an unreadable one.
 */
export function revisionChanges(previous: unknown, current: unknown): RevisionChange[] {
  const before = snapshotSchema.safeParse(previous);
  const after = snapshotSchema.safeParse(current);
  if (!before.success || !after.success) return [];
  const differing = <F>(fields: { field: F; value: (s: Snapshot) => string }[]) =>
    fields.flatMap(({ field, value }) => {
      const [was, is] = [value(before.data), value(after.data)];
      return was === is ? [] : [{ field, was, is }];
    });
  return [
    ...differing(WORDS).map(({ field, was, is }) => ({ field, ops: diffWords(was, is) })),
    ...differing(CHOICES).map(({ field, was, is }) => ({ field, before: was, after: is })),
    ...(after.data.reply ? [{ field: "Reply" as const, ops: diffWords(after.data.reply.before, after.data.reply.after) }] : []),
  ];
}
