import type { Actor } from "../../auth/permissions";
import type { Clause } from "../../anchoring/place-in-draft";
import { toWebAnnotation, type WebAnnotation } from "../../annotations/web-annotation";
import { annotationInclude, visibleWhere, type AnnotationRecord } from "../../db/annotations";
import type { Db } from "../../db/client";
import { clauseOf } from "../../drafts/enclosing-article";
import type { SubmissionExport, SubmissionItem } from "../../export/types";
import type { RichTextDoc } from "../../rich-text/types";
import { loadSubmissionFor } from "./load-submission";

type ProvisionRow = { id: string; parentId: string | null; kind: string; label: string | null; heading: string | null; text: string };

/**
 * The submission as the export writers read it, for `actor`: only the annotations they may see
 * (`left out` counts the others), in the authors' order, each with its clause as it stands in
 * the submission's draft. `origin` is the site's address, for the W3C ids.
 */
export async function getSubmissionExport(db: Db, actor: Actor, submissionId: string, origin: string): Promise<{ submission: SubmissionExport; leftOut: number }> {
  const submission = await loadSubmissionFor(db, actor, submissionId, "submission:read");
  const ids = submission.items.map((item) => item.annotationId);
  const [annotations, provisions] = await Promise.all([
    db.annotation.findMany({
      where: { AND: [visibleWhere(actor), { id: { in: ids } }] },
      include: { ...annotationInclude, anchors: { where: { draftId: submission.draftId } } },
    }),
    db.provision.findMany({ where: { draftId: submission.draftId }, select: { id: true, parentId: true, kind: true, label: true, heading: true, text: true } }),
  ]);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const provisionsById = new Map(provisions.map((p) => [p.id, p]));
  const items = ids.flatMap((id) => {
    const annotation = byId.get(id);
    return annotation ? [exportItem(annotation, provisionsById, origin)] : [];
  });
  return {
    submission: {
      title: submission.title,
      organizations: submission.signatories,
      introduction: (submission.introduction as RichTextDoc | null) ?? null,
      draft: { title: submission.draft.title, symbol: submission.draft.symbol, date: submission.draft.date.toISOString().slice(0, 10), language: submission.draft.language },
      items,
      generatedAt: new Date().toISOString(),
    },
    leftOut: ids.length - items.length,
  };
}

function exportItem(annotation: AnnotationRecord, provisions: ReadonlyMap<string, ProvisionRow>, origin: string): SubmissionItem {
  const anchor = annotation.anchors[0];
  const provision = anchor?.provisionId ? provisions.get(anchor.provisionId) : undefined;
  const { article, provisionLabel } = clauseOf(provision, provisions);
  return {
    annotationId: annotation.id,
    // An orphaned anchor has no clause in this draft; its words are still worth submitting.
    articleLabel: article?.label ?? "Not found in this draft",
    articleHeading: article?.heading ?? null,
    provisionLabel,
    currentText: provision?.text ?? anchor?.exact ?? "",
    quote: anchor?.exact ?? "",
    proposedText: annotation.proposedText,
    justification: annotation.body as unknown as RichTextDoc,
    justificationText: annotation.bodyText,
    tags: annotation.tags.map((t) => t.tag.name),
    stance: annotation.stance,
    sourceKind: annotation.sourceKind,
    sourceOrganization: annotation.sourceOrganization,
    author: annotation.author.name,
    organization: annotation.organization?.name ?? null,
    createdAt: annotation.createdAt.toISOString(),
    webAnnotation: withClause(toWebAnnotation(annotation, origin), { article: article?.label ?? null, provision: provisionLabel }),
  };
}

/** The W3C annotation with its clause on the target, so that another instance can place it (see import-web-annotations). */
function withClause(annotation: WebAnnotation, clause: Clause): WebAnnotation {
  return { ...annotation, target: annotation.target.map((target) => ({ ...target, "draftwatch:clause": clause })) };
}
