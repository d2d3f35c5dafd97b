"use client";

import { useRouter } from "next/navigation";
import { useTransition, type MouseEvent } from "react";
import type { CompareLayout } from "@/lib/compare/compare-url";
import { useKeepPlace } from "./reading-place";

const LAYOUTS: [CompareLayout, string][] = [["side", "Side by side"], ["inline", "Inline"]];

/**
 * Side by side or inline, at once and where one is reading: the address names the new view and
 * the pair being read, so it can be shared as it is. Plain links, so it works without JavaScript.
 */
export function ViewSwitch({ layout, hrefs }: { layout: CompareLayout; hrefs: Record<CompareLayout, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const keepPlace = useKeepPlace(layout);
  const switchTo = (event: MouseEvent, value: CompareLayout) => {
    // A new tab or window is the browser's to open.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (value === layout) return;
    const place = keepPlace();
    startTransition(() => router.push(place ? `${hrefs[value]}#${place.id}` : hrefs[value], { scroll: false }));
  };
  return (
    <nav aria-label="View" aria-busy={pending} className="flex overflow-hidden rounded border border-stone-300 text-sm">
      {LAYOUTS.map(([value, name]) => (
        <a
          key={value}
          href={hrefs[value]}
          aria-current={value === layout ? "true" : undefined}
          onClick={(event) => switchTo(event, value)}
          // Important: the site's link colour is unlayered and would win over a utility.
          className={`px-2 py-1 ${value === layout ? "bg-blue-800 text-white!" : "bg-white hover:bg-stone-100"}`}
        >
          {name}
        </a>
      ))}
    </nav>
  );
}
