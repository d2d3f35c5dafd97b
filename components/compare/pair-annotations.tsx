"use client";

import { useEffect, useRef, useState, type SyntheticEvent } from "react";
import { AnnotationCard } from "@/components/annotations/annotation-card";
import type { Actor } from "@/lib/auth/permissions";
import type { AnnotationRecord } from "@/lib/db/annotations";
import { fetchShownAnnotations } from "./fetch-shown-annotations";

/** `ids` are the latest of the side's `total` annotations, highlighted in the text; the draft page at `allHref` lists them all. */
export type PairAnnotationsSide = { title: string; draftTitle: string; draftId: string; place: string; ids: string[]; total: number; allHref: string };

// Written out in the first answer, some 200 pairs' cards were most of the page's weight and of the
// time to render it: each pair's load when the reader comes near it (or opens them), well before
// they scroll into view, and again when the page renders them with a new `stamp` (the cards' ids
// and when each last changed), so that live updates and one's own changes reach cards already
// loaded while a burst of changes elsewhere refetches nothing here.
const NEAR = "1500px 0px";

type Loaded = { key: string; before: AnnotationRecord[]; after: AnnotationRecord[] } | { key: string; failed: true };

/** The annotations on a compared pair, each side's under it, with their threads. */
export function PairAnnotations({ label, before, after, actor, stamp }: { label: string; before: PairAnnotationsSide; after: PairAnnotationsSide; actor: Actor; stamp: string }) {
  const disclosure = useRef<HTMLDetailsElement>(null);
  const closed = useRef(false);
  const [wanted, setWanted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // What the cards shown were loaded for. Each render of the page sends new arrays of the same
  // ids: they are watched as text.
  const key = `${stamp} ${attempt}`;
  const [beforeIds, afterIds] = [before.ids.join(" "), after.ids.join(" ")];
  const count = before.total + after.total;

  useEffect(() => {
    const element = disclosure.current;
    if (!element || wanted) return;
    // Also answers at once for a pair in view when the page opens, the one its address names included.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setWanted(true);
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [wanted]);

  useEffect(() => {
    if (!wanted) return;
    const aborted = new AbortController();
    const idsOf = (text: string) => text.split(" ").filter(Boolean);
    Promise.all([fetchShownAnnotations(before.draftId, idsOf(beforeIds), aborted.signal), fetchShownAnnotations(after.draftId, idsOf(afterIds), aborted.signal)]).then(
      ([beforeCards, afterCards]) => setLoaded({ key, before: beforeCards, after: afterCards }),
      () => aborted.signal.aborted || setLoaded({ key, failed: true }),
    );
    return () => aborted.abort();
  }, [wanted, key, before.draftId, beforeIds, after.draftId, afterIds]);

  // Open from the start, it tells of that with a toggle event too: only a reader's reopening loads.
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.open) closed.current = true;
    else if (closed.current) setWanted(true);
  };

  if (count === 0) return null;
  const busy = wanted && loaded?.key !== key;
  const failed = loaded !== null && "failed" in loaded && !busy;
  const cards = loaded !== null && !("failed" in loaded) ? loaded : null;
  return (
    <details ref={disclosure} open onToggle={onToggle} className="border-t border-stone-100 px-4 py-2">
      <summary className="cursor-pointer text-sm text-blue-800">Annotations on {label} ({count})</summary>
      <p role="status" aria-live="polite" className="sr-only">{busy ? `Loading the annotations on ${label}…` : ""}</p>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-900">
          The annotations on {label} could not be loaded.{" "}
          <button type="button" className="underline" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
        </p>
      )}
      <div aria-busy={busy} className="mt-3 grid gap-6 md:grid-cols-2">
        {([[before, cards?.before], [after, cards?.after]] as const).map(([side, annotations]) => (
          <section key={side.place} aria-label={`Annotations on ${side.draftTitle}`} lang="en" dir="ltr" className="min-w-0">
            <h4 className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{side.title}</h4>
            {side.total === 0 ? (
              <p className="text-sm text-stone-600">None on this side.</p>
            ) : !annotations ? (
              <p className="mb-2 text-sm text-stone-600">
                {side.total === 1 ? "One annotation" : `${side.total} annotations`} on this side. <a href={side.allHref}>All {side.total} on the draft page</a>
              </p>
            ) : (
              <>
                {side.total > annotations.length && (
                  <p className="mb-2 text-sm text-stone-600">
                    The latest {annotations.length} of {side.total}, highlighted above. <a href={side.allHref}>All {side.total} on the draft page</a>
                  </p>
                )}
                <ol className="space-y-4">
                  {annotations.map((annotation) => (
                    <li key={annotation.id}><AnnotationCard annotation={annotation} actor={actor} place={side.place} /></li>
                  ))}
                </ol>
              </>
            )}
          </section>
        ))}
      </div>
    </details>
  );
}
