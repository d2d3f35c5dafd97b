"use client";

import { useCallback, useEffect, useState } from "react";
import { PAIR, readingLine } from "./reading-place";

/**
 * Next / previous change, with buttons and the keys n and p (j and k too), like a code review tool.
 * From no change yet, next is the first at or below the reading line (a linked pair's first
 * change) and previous the last above it. The address follows to the pair of the change, so
 * that it can be shared from where one is.
 */
export function ChangeNavigator() {
  const [position, setPosition] = useState<{ current: number; total: number }>({ current: 0, total: 0 });

  const go = useCallback((direction: 1 | -1) => {
    const changes = [...document.querySelectorAll<HTMLElement>("[data-change]")].filter((el) => el.offsetParent !== null);
    if (changes.length === 0) return;
    const active = changes.indexOf(document.activeElement as HTMLElement);
    const line = readingLine();
    const next =
      active >= 0
        ? Math.min(changes.length - 1, Math.max(0, active + direction))
        : direction === 1
          ? Math.max(0, changes.findIndex((el) => el.getBoundingClientRect().top >= line))
          : Math.max(0, changes.findLastIndex((el) => el.getBoundingClientRect().top < line));
    const target = changes[next]!;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    const pair = target.closest(`[${PAIR}]`);
    if (pair && window.location.hash !== `#${pair.id}`) window.history.replaceState(null, "", `#${pair.id}`);
    setPosition({ current: next + 1, total: changes.length });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
      if (event.key === "n" || event.key === "j") { event.preventDefault(); go(1); }
      if (event.key === "p" || event.key === "k") { event.preventDefault(); go(-1); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go]);

  return (
    <div className="flex items-center gap-2 text-sm" aria-label="Changes">
      <button type="button" onClick={() => go(-1)} className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100" aria-keyshortcuts="p">
        ← Previous change
      </button>
      <button type="button" onClick={() => go(1)} className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100" aria-keyshortcuts="n">
        Next change →
      </button>
      <span aria-live="polite" className="text-stone-600">
        {position.current > 0 ? `Change ${position.current} of ${position.total} · ` : ""}keys n / p
      </span>
    </div>
  );
}
