import { DiffText } from "@/components/compare/diff-text";
import { RichTextView } from "@/components/rich-text/rich-text-view";
import { cardId, highlightId } from "@/lib/annotations/element-ids";
import { currentAnnotationOf } from "@/lib/annotations/form-values";
import { SOURCE_KIND_LABELS, STANCE_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/annotations/labels";
import { can, type Actor } from "@/lib/auth/permissions";
import type { AnnotationRecord } from "@/lib/db/annotations";
import { diffWords } from "@/lib/diff/diff-words";
import { formatDate } from "@/lib/i18n/format-date";
import { annotationResource } from "@/lib/operations/annotations/annotation-resource";
import type { RichTextDoc } from "@/lib/rich-text/types";
import type { DiffOp } from "@/lib/diff/types";
import { AnnotationControls } from "./annotation-controls";
import { ReplyControls } from "./reply-controls";
import { ReplyForm } from "./reply-form";

const badge = "rounded px-1.5 py-0.5 text-xs font-medium";

function Quote({ annotation, place }: { annotation: AnnotationRecord; place?: string }) {
  const anchor = annotation.anchors[0];
  if (!anchor) return null;
  const words = <q dir="auto" className="legal-text">{anchor.exact}</q>;
  if (anchor.status === "ORPHANED" || anchor.start === null) {
    return (
      <div className="text-sm">
        <p>{words} <span className="rounded bg-red-50 px-1.5 text-xs font-medium text-red-900">orphaned</span></p>
        <p className="mt-1 text-stone-600">These words are no longer in this draft.{anchor.note && <> {anchor.note}</>}</p>
      </div>
    );
  }
  // Carried from an earlier draft onto words that changed: show how, as the compare page does.
  const changes = anchor.status === "TEXT_CHANGED" && Array.isArray(anchor.changes) ? (anchor.changes as DiffOp[]) : null;
  return (
    <div className="text-sm">
      <p>
        <a href={`#${highlightId(annotation.id, place)}`} className="text-stone-900">{words}</a>
        {anchor.status === "TEXT_CHANGED" && <span className="ms-2 rounded bg-amber-50 px-1.5 text-xs font-medium text-amber-900">text changed</span>}
      </p>
      {changes && (
        <p dir="auto" className="legal-text mt-1 text-stone-700">
          <span className="sr-only">Changes since the annotation was written: </span>
          <DiffText ops={changes} side="inline" />
        </p>
      )}
    </div>
  );
}

/**
 * One annotation in the margin: what it is about, who says what, its thread and what one may do
 * with it. `place` tells apart the card and highlight of an annotation shown twice on a page.
 */
export function AnnotationCard({ annotation, actor, place }: { annotation: AnnotationRecord; actor: Actor; place?: string }) {
  const resource = annotationResource(annotation);
  const quote = annotation.anchors[0]?.exact ?? "";
  const label = `the annotation on “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}” by ${annotation.author.name}`;
  const canRespond = can(actor, "annotation:reply", resource);
  return (
    <article id={cardId(annotation.id, place)} aria-label={`Annotation by ${annotation.author.name}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <Quote annotation={annotation} place={place} />
      <p className="mt-2 text-xs text-stone-600">
        <span className="font-medium text-stone-900">{annotation.author.name}</span>
        {annotation.organization && <> · {annotation.organization.name}</>}
        {" · "}<time dateTime={annotation.createdAt.toISOString()}>{formatDate(annotation.createdAt)}</time>
      </p>
      <p className="mt-2 flex flex-wrap gap-1">
        <span className={`${badge} bg-blue-50 text-blue-900`}>{STANCE_LABELS[annotation.stance]}</span>
        <span className={`${badge} ${annotation.status === "OPEN" ? "bg-green-50 text-green-900" : "bg-stone-100 text-stone-700"}`}>{STATUS_LABELS[annotation.status]}</span>
        <span className={`${badge} bg-stone-100 text-stone-700`} title="Who can see it">Visible to: {VISIBILITY_LABELS[annotation.visibility]}</span>
      </p>
      <p className="mt-1 text-xs text-stone-700">
        Source: {SOURCE_KIND_LABELS[annotation.sourceKind]}
        {annotation.sourceOrganization && <> · {annotation.sourceOrganization}</>}
      </p>
      {annotation.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
          {annotation.tags.map(({ tag }) => <li key={tag.id} className={`${badge} bg-amber-50 text-amber-900`}>{tag.name}</li>)}
        </ul>
      )}
      <RichTextView doc={annotation.body as RichTextDoc} className="mt-3" />
      {annotation.proposedText && (
        <div className="mt-3 text-sm">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-500">Proposed amendment</p>
          <p dir="auto" className="legal-text text-sm"><DiffText ops={diffWords(quote, annotation.proposedText)} side="inline" /></p>
        </div>
      )}
      {annotation.replies.length > 0 && (
        <ol aria-label="Replies" className="mt-3 space-y-2 border-s-2 border-stone-200 ps-3">
          {annotation.replies.map((reply) => (
            <li key={reply.id}>
              <p className="text-xs text-stone-600">
                <span className="font-medium text-stone-900">{reply.author.name}</span> · <time dateTime={reply.createdAt.toISOString()}>{formatDate(reply.createdAt)}</time>
                {reply.version > 1 && <> · edited</>}
              </p>
              <RichTextView doc={reply.body as RichTextDoc} />
              {can(actor, "reply:edit", { replyAuthorId: reply.authorId, annotation: resource }) && (
                <ReplyControls replyId={reply.id} version={reply.version} body={reply.body as RichTextDoc} label={`your reply of ${formatDate(reply.createdAt)} to ${label}`} />
              )}
            </li>
          ))}
        </ol>
      )}
      <AnnotationControls
        annotationId={annotation.id}
        label={label}
        quote={quote}
        status={annotation.status}
        version={annotation.version}
        canRespond={can(actor, "annotation:resolve", resource)}
        editable={can(actor, "annotation:edit", resource) ? currentAnnotationOf(annotation) : null}
      />
      {canRespond && <ReplyForm annotationId={annotation.id} label={label} />}
    </article>
  );
}
