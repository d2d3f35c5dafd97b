import type { MarginFilter } from "@/lib/annotations/margin-filter";
import type { Actor } from "@/lib/auth/permissions";
import type { AnnotationRecord } from "@/lib/db/annotations";
import { AnnotationCard } from "./annotation-card";
import { MarginFilters, type FilterOptions } from "./margin-filters";

type Props = {
  draftId: string;
  actor: Actor;
  /** How many annotations the reader sees on this draft, through the filters. */
  count: number;
  /** Annotations on no provision of this draft (their words are gone): listed here, having no article to stand beside. */
  unplaced: { annotations: AnnotationRecord[]; total: number; allHref: string };
  filter: MarginFilter;
  filtered: boolean;
  options: FilterOptions;
  canAnnotate: boolean;
};

/**
 * The head of the margin: how many annotations, the filters that narrow those shown beside each
 * article, and what to do when there are none. It stands over the margin's column.
 */
export function AnnotationMargin({ draftId, actor, count, unplaced, filter, filtered, options, canAnnotate }: Props) {
  return (
    <aside aria-label="Annotations" lang="en" dir="ltr" className="mb-8 min-w-0 xl:ms-auto xl:w-80">
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-500">Annotations ({count})</h2>
      <MarginFilters draftId={draftId} filter={filter} options={options} filtered={filtered} />
      {count === 0 ? (
        <p className="text-sm text-stone-600">
          {filtered ? "No annotation matches these filters." : "No annotations on this draft yet."}
          {!filtered && canAnnotate && " Select words in the text to add one."}
        </p>
      ) : (
        <p className="text-sm text-stone-600">Each article’s annotations stand beside it.</p>
      )}
      {unplaced.total > 0 && (
        <div id="annotations-without-provision">
          <ProvisionAnnotations name="no provision of this draft" annotations={unplaced.annotations} total={unplaced.total} allHref={unplaced.allHref} actor={actor} />
        </div>
      )}
    </aside>
  );
}

/** The annotations on one article (or the preamble), beside its text. */
export function ProvisionAnnotations(props: { name: string; annotations: AnnotationRecord[]; total?: number; allHref?: string; actor: Actor }) {
  const { name, annotations, actor } = props;
  const total = props.total ?? annotations.length;
  return (
    // Set in the interface's type, not the draft's: the margin stands inside the draft text.
    <aside aria-label={`Annotations on ${name}`} lang="en" dir="ltr" className="mb-8 min-w-0 font-sans text-base leading-normal">
      {total > annotations.length && props.allHref && (
        <p className="mb-2 text-sm text-stone-600">
          The latest {annotations.length} of {total}. <a href={props.allHref}>Show all {total}</a>
        </p>
      )}
      <ol className="space-y-4">
        {annotations.map((annotation) => (
          <li key={annotation.id}>
            <AnnotationCard annotation={annotation} actor={actor} />
          </li>
        ))}
      </ol>
    </aside>
  );
}
