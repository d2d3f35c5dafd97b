import type { MarginFilter } from "@/lib/annotations/margin-filter";
import type { Actor } from "@/lib/auth/permissions";
import type { AnnotationRecord } from "@/lib/db/annotations";
import { AnnotationCard } from "./annotation-card";
import { MarginFilters, type FilterOptions } from "./margin-filters";

type Props = {
  draftId: string;
  actor: Actor;
  annotations: AnnotationRecord[];
  filter: MarginFilter;
  filtered: boolean;
  options: FilterOptions;
  canAnnotate: boolean;
};

/** The annotations the reader may see on this draft, beside the text on wide screens and below it on narrow ones. */
export function AnnotationMargin({ draftId, actor, annotations, filter, filtered, options, canAnnotate }: Props) {
  return (
    <aside aria-label="Annotations" lang="en" dir="ltr" className="min-w-0">
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-500">Annotations ({annotations.length})</h2>
      <MarginFilters draftId={draftId} filter={filter} options={options} filtered={filtered} />
      {annotations.length === 0 ? (
        <p className="text-sm text-stone-600">
          {filtered ? "No annotation matches these filters." : "No annotations on this draft yet."}
          {!filtered && canAnnotate && " Select words in the text to add one."}
        </p>
      ) : (
        <ol className="space-y-4">
          {annotations.map((annotation) => (
            <li key={annotation.id}>
              <AnnotationCard annotation={annotation} actor={actor} />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
