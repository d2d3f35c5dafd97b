import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { richTextToPlainText } from "../../lib/rich-text/plain-text";
import { pick, randomInt, seededRandom } from "../../tests/helpers/seeded-random";
import { addBenchAnalysts } from "./bench-analysts";
import { insertRows, type Columns } from "./bulk-insert";
import { randomQuote } from "./random-quote";

// Where commentary piles up on a real instance: mostly on the drafts under negotiation.
const SHARE_BY_DRAFT = [0.15, 0.4, 0.35, 0.1]; // the sample drafts in their order: consolidated, zero, revised, Arabic revised
const VISIBILITIES = [...Array(10).fill("PUBLIC"), ...Array(7).fill("ORGANIZATION"), ...Array(3).fill("PRIVATE")] as const;
const STANCES = ["CONCERN", "SUPPORT", "PROPOSAL", "QUESTION"] as const;
const COMMENTS = [
  "This wording leaves out the safeguards of Article 24: name legality, necessity and proportionality.",
  "Support: this is the narrowest formulation on the table and should be kept.",
  "Which authority decides? The text should require prior judicial authorisation.",
  "The scope reaches conduct protected by freedom of expression; limit it to intentional acts without right.",
  "Delegations disagreed on this at the fourth session; see the informal consultations' summary.",
  "Add dual criminality here, as in the mutual legal assistance chapter.",
  "Journalists and security researchers need an explicit exception.",
  "Retention periods must be limited and data deleted once the purpose is served.",
];
const REPLIES = ["Agreed, we raised it at the session.", "Our delegation reads it differently: the chapeau already covers it.", "Added to our submission.", "Could you cite the earlier text?"];

// Rows as they travel to PostgreSQL: JSON as text, times as ISO strings.
interface AnnotationRow { id: string; authorId: string; organizationId: string; visibility: string; stance: string; status: string; sourceKind: string; sourceOrganization: string; body: string; bodyText: string; proposedText: string | null; createdAt: string; updatedAt: string }
interface AnchorRow { id: string; annotationId: string; draftId: string; provisionId: string; status: string; exact: string; prefix: string; suffix: string; start: number; end: number; createdAt: string }
interface TagRow { annotationId: string; tagId: string }
interface ReplyRow { id: string; annotationId: string; authorId: string; body: string; bodyText: string; createdAt: string; updatedAt: string }

const TIMESTAMP = "timestamp(3)";
const ANNOTATION_COLUMNS: Columns<AnnotationRow> = {
  id: "text", authorId: "text", organizationId: "text", visibility: '"AnnotationVisibility"', stance: '"AnnotationStance"', status: '"AnnotationStatus"', sourceKind: '"OrganizationKind"',
  sourceOrganization: "text", body: "jsonb", bodyText: "text", proposedText: "text", createdAt: TIMESTAMP, updatedAt: TIMESTAMP,
};
const ANCHOR_COLUMNS: Columns<AnchorRow> = {
  id: "text", annotationId: "text", draftId: "text", provisionId: "text", status: '"AnchorStatus"', exact: "text", prefix: "text", suffix: "text", start: "integer", end: "integer", createdAt: TIMESTAMP,
};
const TAG_COLUMNS: Columns<TagRow> = { annotationId: "text", tagId: "text" };
const REPLY_COLUMNS: Columns<ReplyRow> = { id: "text", annotationId: "text", authorId: "text", body: "jsonb", bodyText: "text", createdAt: TIMESTAMP, updatedAt: TIMESTAMP };

export interface BenchAnnotations {
  annotations: number;
  replies: number;
}

/**
 * Adds `count` annotations to the demo's sample drafts in one transaction of bulk inserts: each on
 * one to twelve words of a provision's text, by analysts of eleven organisations, with every
 * visibility, stance and source, up to three tags and, for a third, a thread of replies.
 * History rows are left out: no page that lists annotations reads them.
 */
export async function addBenchAnnotations(db: Db, count: number, random = seededRandom(4)): Promise<BenchAnnotations> {
  const analysts = await addBenchAnalysts(db);
  const tags = await db.tag.findMany({ select: { id: true } });
  const drafts = await db.draft.findMany({
    where: { treaty: { isSample: true } },
    orderBy: { position: "asc" },
    include: { provisions: { where: { text: { not: "" } }, select: { id: true, text: true } } },
  });
  const annotations: AnnotationRow[] = [];
  const anchors: AnchorRow[] = [];
  const annotationTags: TagRow[] = [];
  const replies: ReplyRow[] = [];
  for (let i = 0; i < count; i++) {
    const draft = drafts[weightedIndex(SHARE_BY_DRAFT, random())]!;
    const provision = pick(random, draft.provisions);
    const { quote, position } = randomQuote(provision.text, random);
    const author = pick(random, analysts);
    const stance = pick(random, STANCES);
    const created = Date.UTC(2032, 0, 1) + randomInt(random, 600 * 24 * 3600) * 1000;
    const createdAt = new Date(created).toISOString();
    const body = plainTextToRichText(pick(random, COMMENTS));
    const id = randomUUID();
    annotations.push({
      id,
      authorId: author.id,
      organizationId: author.organization.id,
      visibility: pick(random, VISIBILITIES),
      stance,
      status: random() < 0.15 ? "RESOLVED" : "OPEN",
      sourceKind: author.organization.kind,
      sourceOrganization: author.organization.name,
      body: JSON.stringify(body),
      bodyText: richTextToPlainText(body),
      proposedText: stance === "PROPOSAL" ? `${quote.exact}, in accordance with international human rights law` : null,
      createdAt,
      updatedAt: createdAt,
    });
    anchors.push({ id: randomUUID(), annotationId: id, draftId: draft.id, provisionId: provision.id, status: "ANCHORED", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end, createdAt });
    for (const tag of new Set(Array.from({ length: randomInt(random, 4) }, () => pick(random, tags)))) annotationTags.push({ annotationId: id, tagId: tag.id });
    if (random() < 1 / 3) {
      for (let r = 1 + randomInt(random, 4); r > 0; r--) {
        const replyBody = plainTextToRichText(pick(random, REPLIES));
        const at = new Date(created + r * 3600_000).toISOString();
        replies.push({ id: randomUUID(), annotationId: id, authorId: pick(random, analysts).id, body: JSON.stringify(replyBody), bodyText: richTextToPlainText(replyBody), createdAt: at, updatedAt: at });
      }
    }
  }
  await db.$transaction([
    insertRows(db, "Annotation", ANNOTATION_COLUMNS, annotations),
    insertRows(db, "AnnotationAnchor", ANCHOR_COLUMNS, anchors),
    insertRows(db, "AnnotationTag", TAG_COLUMNS, annotationTags),
    insertRows(db, "AnnotationReply", REPLY_COLUMNS, replies),
  ]);
  return { annotations: annotations.length, replies: replies.length };
}

function weightedIndex(weights: readonly number[], r: number): number {
  let rest = r;
  const index = weights.findIndex((weight) => (rest -= weight) < 0);
  return index < 0 ? weights.length - 1 : index;
}
