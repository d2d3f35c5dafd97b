import type { Prisma } from "../../lib/db/generated/prisma/client";
import { describeQuote } from "../../lib/anchoring/text-quote";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { richTextToPlainText } from "../../lib/rich-text/plain-text";
import { annotationSnapshot, findAnnotation } from "../../lib/db/annotations";
import { demoAnnotations, type DemoAnnotation } from "./annotations";

type Tx = Prisma.TransactionClient;

/** The provision a demo annotation names, by article number and paragraph / subparagraph label. */
async function findProvision(tx: Tx, draftId: string, a: DemoAnnotation) {
  const article = await tx.provision.findFirst({ where: { draftId, kind: "ARTICLE", number: a.article } });
  if (!article) throw new Error(`Demo annotation: no Article ${a.article} in ${a.draftFile}.`);
  if (a.paragraph === null) return article;
  const paragraph = await tx.provision.findFirst({ where: { parentId: article.id, label: a.paragraph } });
  if (!paragraph) throw new Error(`Demo annotation: no paragraph ${a.paragraph} in Article ${a.article} of ${a.draftFile}.`);
  if (!a.subparagraph) return paragraph;
  const sub = await tx.provision.findFirst({ where: { parentId: paragraph.id, label: a.subparagraph } });
  if (!sub) throw new Error(`Demo annotation: no ${a.subparagraph} in Article ${a.article}, paragraph ${a.paragraph}.`);
  return sub;
}

/** Adds the demo commentary, with its first revisions and replies. Call inside the seed's transaction. */
export async function seedAnnotations(tx: Tx, draftIdsByFile: Map<string, string>): Promise<number> {
  const tags = new Map((await tx.tag.findMany()).map((t) => [t.slug, t.id]));
  for (const a of demoAnnotations) {
    const draftId = draftIdsByFile.get(a.draftFile);
    if (!draftId) throw new Error(`Demo annotation on an unknown draft file: ${a.draftFile}.`);
    const provision = await findProvision(tx, draftId, a);
    const start = provision.text.indexOf(a.exact);
    if (start < 0) throw new Error(`Demo annotation: “${a.exact}” is not in Article ${a.article} of ${a.draftFile}.`);
    const author = await tx.user.findUniqueOrThrow({ where: { email: a.author }, include: { memberships: true } });
    const body = plainTextToRichText(a.body);
    const quote = describeQuote(provision.text, start, start + a.exact.length);
    const created = await tx.annotation.create({
      data: {
        authorId: author.id,
        organizationId: author.memberships[0]?.organizationId ?? null,
        visibility: a.visibility,
        stance: a.stance,
        sourceKind: a.sourceKind,
        sourceOrganization: a.sourceOrganization,
        body,
        bodyText: richTextToPlainText(body),
        proposedText: a.proposedText ?? null,
        anchors: { create: { draftId, provisionId: provision.id, status: "ANCHORED", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start, end: start + a.exact.length } },
        tags: { create: a.tags.map((slug) => ({ tagId: tags.get(slug)! })) },
      },
    });
    const record = (await findAnnotation(tx, created.id))!;
    await tx.annotationRevision.create({ data: { annotationId: created.id, version: 1, change: "CREATED", editorId: author.id, snapshot: annotationSnapshot(record) } });
    for (const reply of a.replies ?? []) {
      const replier = await tx.user.findUniqueOrThrow({ where: { email: reply.author } });
      const replyBody = plainTextToRichText(reply.body);
      await tx.annotationReply.create({ data: { annotationId: created.id, authorId: replier.id, body: replyBody, bodyText: richTextToPlainText(replyBody) } });
      await tx.annotationRevision.create({ data: { annotationId: created.id, version: 1, change: "REPLIED", editorId: replier.id, snapshot: annotationSnapshot(record) } });
    }
  }
  return demoAnnotations.length;
}
