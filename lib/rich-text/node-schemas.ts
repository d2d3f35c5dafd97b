import { z } from "zod";
import { hrefRule, isAllowedHref } from "./allowed-href";
import { hasForbiddenCharacters } from "./characters";
import {
  controlCharacterMessage,
  listStartMessage,
  repeatedMarkMessage,
  unknownAttributeError,
  unknownMarkError,
  unknownNodeError,
} from "./issue-messages";
import type { RichTextBlock, RichTextDoc, RichTextInline, RichTextListItem, RichTextMark } from "./types";

// The allow-list itself. Every object is strict, so an attribute nobody listed (onclick,
// style, class, target, rel) is refused instead of passing through; every union is keyed by
// "type", so a node or mark nobody listed (script, iframe, image, underline) is refused.
// This checks structure only: the size limits run first (see rich-text-schema.ts).

const strict = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape, { error: unknownAttributeError });

// A node's "type" where only one is possible: the message names the type found instead.
const nodeType = <Name extends string>(name: Name) => z.literal(name, { error: unknownNodeError });

const link = strict({
  type: z.literal("link"),
  // target and rel are never taken from input: the renderer sets them on every link.
  attrs: strict({ href: z.string().refine(isAllowedHref, { error: hrefRule }) }),
});

const mark = z.discriminatedUnion("type", [strict({ type: z.literal("bold") }), strict({ type: z.literal("italic") }), link], {
  error: unknownMarkError,
});

const marks = z
  .array(mark)
  .refine((list) => new Set(list.map((m) => m.type)).size === list.length, { error: repeatedMarkMessage })
  .optional() satisfies z.ZodType<RichTextMark[] | undefined>;

const text = strict({
  type: nodeType("text"),
  text: z
    .string()
    .min(1) // ProseMirror refuses empty text nodes
    .refine((value) => !hasForbiddenCharacters(value), { error: controlCharacterMessage })
    // One spelling of each letter (Vietnamese typed on macOS arrives decomposed), for search and exports.
    .transform((value) => value.normalize("NFC")),
  marks,
});

const inline = z.discriminatedUnion("type", [text, strict({ type: nodeType("hardBreak"), marks })], {
  error: unknownNodeError,
}) satisfies z.ZodType<RichTextInline>;

const paragraph = strict({ type: nodeType("paragraph"), content: z.array(inline).optional() });

// Lists, list items and quotes contain blocks, so the block union is reached lazily.
const block: z.ZodType<RichTextBlock> = z.lazy(() =>
  z.discriminatedUnion("type", [paragraph, bulletList, orderedList, blockquote], { error: unknownNodeError }),
);

const listItem: z.ZodType<RichTextListItem> = z.lazy(() =>
  strict({ type: nodeType("listItem"), content: z.tuple([paragraph], block) }),
);

const listItems = z.array(listItem).min(1);

const bulletList = strict({ type: nodeType("bulletList"), content: listItems });

const orderedList = strict({
  type: nodeType("orderedList"),
  attrs: strict({ start: z.number({ error: listStartMessage }).int({ error: listStartMessage }).min(0, { error: listStartMessage }).max(1_000_000, { error: listStartMessage }) }).optional(),
  content: listItems,
});

const blockquote = strict({ type: nodeType("blockquote"), content: z.array(block).min(1) });

export const docStructureSchema: z.ZodType<RichTextDoc> = strict({ type: nodeType("doc"), content: z.array(block).min(1) });
