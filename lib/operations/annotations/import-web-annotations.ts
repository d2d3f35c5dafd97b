import { z } from "zod";
import { narrowToClause, placeInDraft, type ProvisionText } from "../../anchoring/place-in-draft";
import { describeQuote } from "../../anchoring/text-quote";
import { fromWebAnnotation } from "../../annotations/from-web-annotation";
import { webAnnotationInputSchema, type WebAnnotationInput } from "../../annotations/web-annotation.schema";
import { assertCan, can, type Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { clauseOf } from "../../drafts/enclosing-article";
import { InvalidInputError, NotFoundError } from "../errors";
import { createAnnotationSchema, type CreateAnnotationInput } from "./annotation.schema";
import { createAnnotation } from "./create-annotation";

// Brings annotations exported as W3C JSON (a submission's JSON-LD, or the API's) onto a draft of
// this instance: each is placed by its quoted words, tags missing here are added to the taxonomy
// (by those who may), and the importer becomes the author. Everything is checked before anything
// is written, so a file with one bad item imports nothing.

const collectionSchema = z.union([
  z.object({ type: z.literal("AnnotationCollection"), first: z.object({ items: z.array(z.unknown()) }) }).transform((c) => c.first.items),
  z.array(z.unknown()),
  z.object({ type: z.literal("Annotation") }).loose().transform((a) => [a]),
]);

export const MAX_IMPORTED_ANNOTATIONS = 5_000;

export async function importWebAnnotations(db: Db, actor: Actor, input: { draftId: string; document: unknown }) {
  assertCan(actor, "annotation:create");
  const items = collectionSchema.safeParse(input.document);
  if (!items.success) throw new InvalidInputError("The file is not W3C Web Annotation JSON: expected an AnnotationCollection, a list of annotations or one annotation.");
  if (items.data.length > MAX_IMPORTED_ANNOTATIONS) throw new InvalidInputError(`A file may hold at most ${MAX_IMPORTED_ANNOTATIONS.toLocaleString("en")} annotations.`);
  const provisions = await provisionTexts(db, input.draftId);
  if (provisions.length === 0) throw new NotFoundError("That draft does not exist or has no provisions.");

  const problems: string[] = [];
  const annotations = items.data.flatMap((item, index) => {
    const parsed = webAnnotationInputSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(`Item ${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "annotation"}: ${issue.message}`).join(" ")}`);
      return [];
    }
    const created = toCreateInput(parsed.data, input.draftId, provisions);
    if (typeof created === "string") problems.push(`Item ${index + 1}: ${created}`);
    return typeof created === "string" ? [] : [{ created, tags: tagsOf(parsed.data) }];
  });
  const missingTags = await tagsMissingHere(db, annotations.flatMap((a) => a.tags));
  if (missingTags.length > 0 && !can(actor, "tag:manage")) {
    problems.push(`Tags not in this instance's taxonomy: ${missingTags.map((t) => t.name).join(", ")}. An editor can add them, or import as an editor.`);
  }
  if (problems.length > 0) throw new InvalidInputError(`Nothing was imported. ${problems.join(" ")}`);

  if (missingTags.length > 0) await db.tag.createMany({ data: missingTags, skipDuplicates: true });
  const imported = [];
  for (const { created } of annotations) imported.push(await createAnnotation(db, actor, created));
  return { imported, tagsAdded: missingTags.map((t) => t.slug) };
}

/** The draft's provisions with their article and own labels, which imported clauses name. */
async function provisionTexts(db: Db, draftId: string): Promise<ProvisionText[]> {
  const rows = await db.provision.findMany({ where: { draftId }, select: { id: true, parentId: true, kind: true, label: true, text: true }, orderBy: { ordinal: "asc" } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => {
    const { article, provisionLabel } = clauseOf(row, byId);
    return { id: row.id, text: row.text, article: article?.label ?? null, label: provisionLabel };
  });
}

function toCreateInput(annotation: WebAnnotationInput, draftId: string, provisions: readonly ProvisionText[]): CreateAnnotationInput | string {
  const { content, target } = fromWebAnnotation(annotation);
  if (!target?.quote) return "it has no target with a TextQuoteSelector, so its words cannot be found.";
  const quote = { type: "TextQuoteSelector" as const, ...target.quote };
  const position = target.position && { type: "TextPositionSelector" as const, ...target.position };
  const inClause = narrowToClause(provisions, annotation.target?.["draftwatch:clause"]);
  // The clause tells repeated wording apart; words moved out of it are still looked for everywhere.
  let placed = placeInDraft(inClause, quote, position);
  if (placed.status === "unplaced" && inClause !== provisions) placed = placeInDraft(provisions, quote, position);
  if (placed.status === "unplaced") return placed.reason;
  const text = provisions.find((p) => p.id === placed.provisionId)!.text;
  const described = describeQuote(text, placed.start, placed.end);
  const created = {
    ...content,
    tags: content.tags ?? [],
    target: { draftId, provisionId: placed.provisionId, quote: { exact: described.exact, prefix: described.prefix, suffix: described.suffix }, position: { start: placed.start, end: placed.end } },
  };
  // Checked here as createAnnotation will check it, so that a bad item stops the import before any write.
  const checked = createAnnotationSchema.safeParse(created);
  return checked.success ? (created as CreateAnnotationInput) : checked.error.issues.map((issue) => issue.message).join(" ");
}

function tagsOf(annotation: WebAnnotationInput): { slug: string; name: string }[] {
  return annotation.body.flatMap((b) => (b.type === "SpecificResource" ? [{ slug: b.source.split("/").pop() ?? "", name: b.value ?? b.source.split("/").pop() ?? "" }] : []));
}

async function tagsMissingHere(db: Db, tags: { slug: string; name: string }[]) {
  const wanted = [...new Map(tags.map((t) => [t.slug, t])).values()];
  const known = new Set((await db.tag.findMany({ where: { slug: { in: wanted.map((t) => t.slug) } }, select: { slug: true } })).map((t) => t.slug));
  return wanted.filter((t) => !known.has(t.slug));
}
