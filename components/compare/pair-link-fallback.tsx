"use client";

import { useEffect } from "react";
import { pairMeant } from "@/lib/compare/pair-anchor";
import { PAIR } from "./reading-place";

function pairsOnPage() {
  return [...document.querySelectorAll<HTMLElement>(`[${PAIR}]`)].map((element) => ({
    id: element.id,
    from: element.dataset.before?.split(" ").filter(Boolean) ?? [],
    to: element.dataset.after?.split(" ").filter(Boolean) ?? [],
    number: Number(element.getAttribute(PAIR)),
  }));
}

/**
 * A link to a pair the page does not have under that address (aligned otherwise since, or an old
 * "#pair-3" link) goes to the pair it meant (lib/compare/pair-anchor), and the address says so.
 */
export function PairLinkFallback() {
  useEffect(() => {
    const follow = () => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      if (!anchor || document.getElementById(anchor)) return;
      const meant = pairMeant(anchor, pairsOnPage());
      const pair = meant && document.getElementById(meant.id);
      if (!pair) return;
      window.history.replaceState(null, "", `#${pair.id}`);
      pair.scrollIntoView();
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return null;
}
