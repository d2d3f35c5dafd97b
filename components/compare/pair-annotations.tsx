import { AnnotationCard } from "@/components/annotations/annotation-card";
import type { Actor } from "@/lib/auth/permissions";
import type { AnnotationRecord } from "@/lib/db/annotations";

/** `annotations` are the latest of the side's `total`; the draft page at `allHref` lists them all. */
type Side = { title: string; draftTitle: string; place: string; annotations: AnnotationRecord[]; total: number; allHref: string };

/** The annotations on a compared pair, each side's under it, with their threads. */
export function PairAnnotations({ label, before, after, actor }: { label: string; before: Side; after: Side; actor: Actor }) {
  const count = before.total + after.total;
  if (count === 0) return null;
  return (
    <details open className="border-t border-stone-100 px-4 py-2">
      <summary className="cursor-pointer text-sm text-blue-800">Annotations on {label} ({count})</summary>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        {[before, after].map((side) => (
          <section key={side.place} aria-label={`Annotations on ${side.draftTitle}`} lang="en" dir="ltr" className="min-w-0">
            <h4 className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{side.title}</h4>
            {side.total > side.annotations.length && (
              <p className="mb-2 text-sm text-stone-600">
                The latest {side.annotations.length} of {side.total}, highlighted above. <a href={side.allHref}>All {side.total} on the draft page</a>
              </p>
            )}
            {side.total === 0 ? (
              <p className="text-sm text-stone-600">None on this side.</p>
            ) : (
              <ol className="space-y-4">
                {side.annotations.map((annotation) => (
                  <li key={annotation.id}><AnnotationCard annotation={annotation} actor={actor} place={side.place} /></li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </details>
  );
}
