import { useLayoutEffect, useRef } from "react";

// Where the reader is on the compare page, for the controls that change the view while one reads
// (the layout, the filters) and for the change navigator. The reading line is the lower edge of
// the sticky toolbar: what is above it is covered.

// The attribute each pair's element carries (components/compare/pair-view.tsx).
export const PAIR = "data-pair-number";

export function readingLine(): number {
  return document.querySelector("[data-compare-toolbar]")?.getBoundingClientRect().bottom ?? 0;
}

export interface Place { id: string; top: number }

/** The pair at the reading line and where its top stands; null above the first pair. */
export function pairBeingRead(): Place | null {
  const line = readingLine();
  const pairs = [...document.querySelectorAll<HTMLElement>(`[${PAIR}]`)];
  if (!pairs[0] || pairs[0].getBoundingClientRect().top > line) return null;
  const pair = pairs.find((p) => p.getBoundingClientRect().bottom > line);
  return pair ? { id: pair.id, top: pair.getBoundingClientRect().top } : null;
}

/**
 * Keeps the pair being read where it stood when the view changes under it (a new layout is taller
 * or shorter): call the returned function just before navigating; `view` names the view shown.
 */
export function useKeepPlace(view: string): () => Place | null {
  const place = useRef<Place | null>(null);
  useLayoutEffect(() => {
    const kept = place.current;
    place.current = null;
    const pair = kept && document.getElementById(kept.id);
    if (pair) window.scrollBy(0, pair.getBoundingClientRect().top - kept.top);
  }, [view]);
  return () => (place.current = pairBeingRead());
}
