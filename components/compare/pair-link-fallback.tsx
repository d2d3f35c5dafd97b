"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { pairMeant, type PairOnPage } from "@/lib/compare/pair-anchor";
import { HiddenPairNotice, type HiddenPair } from "./hidden-pair-notice";
import { PAIR } from "./reading-place";

function pairsOnPage(): PairOnPage[] {
  return [...document.querySelectorAll<HTMLElement>(`[${PAIR}]`)].map((element) => ({
    id: element.id,
    from: element.dataset.before?.split(" ").filter(Boolean) ?? [],
    to: element.dataset.after?.split(" ").filter(Boolean) ?? [],
    number: Number(element.getAttribute(PAIR)),
  }));
}

/** The pair the address names, else the one it meant (lib/compare/pair-anchor), shown or hidden by the filters. */
function pairLinked(anchor: string, hidden: readonly HiddenPair[]): PairOnPage | null {
  const all = [...pairsOnPage(), ...hidden].sort((a, b) => a.number - b.number);
  return all.find((pair) => pair.id === anchor) ?? pairMeant(anchor, all);
}

const noChanges = () => () => undefined;

function focusPair(id: string) {
  const pair = document.getElementById(id);
  if (!pair?.hasAttribute(PAIR)) return;
  pair.tabIndex = -1;
  pair.focus({ preventScroll: true });
  pair.scrollIntoView();
}

/**
 * A link to a pair the page does not have under that address (aligned otherwise since, or an old
 * "#pair-3" link) goes to the pair it meant, and the address says so. A pair the filters hide is
 * told near the top (`hidden`, every pair they hide), with "Show it": the filters that hide it
 * are turned off in the address and the pair takes the focus.
 */
export function PairLinkFallback({ hidden }: { hidden: HiddenPair[] }) {
  const router = useRouter();
  // False in the server's HTML and while it hydrates, so that the notices without JavaScript are the page's.
  const scripted = useSyncExternalStore(noChanges, () => true, () => false);
  const [linked, setLinked] = useState<HiddenPair | null>(null);
  const [pending, startTransition] = useTransition();
  const notice = useRef<HTMLDivElement>(null);
  // The pair "Show it" asked for, to focus once the page shows it.
  const showing = useRef<string | null>(null);
  // The address whose link was last followed: the notice takes the focus when one arrives at a
  // link (as the browser moves it to a linked element, so that Tab reaches "Show it"), not when a
  // filter being typed hides the pair.
  const arrived = useRef<string | null>(null);
  const focusNotice = useRef(false);

  useEffect(() => {
    const follow = () => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      const meant = anchor ? pairLinked(anchor, hidden) : null;
      if (meant && meant.id !== anchor) window.history.replaceState(null, "", `#${meant.id}`);
      const hiddenPair = hidden.find((pair) => pair.id === meant?.id) ?? null;
      setLinked(hiddenPair);
      focusNotice.current = Boolean(hiddenPair) && arrived.current !== window.location.hash;
      arrived.current = window.location.hash;
      if (!meant || hiddenPair) return;
      if (showing.current === meant.id) focusPair(meant.id);
      else if (meant.id !== anchor) document.getElementById(meant.id)?.scrollIntoView();
      showing.current = null;
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [hidden]);

  useEffect(() => {
    if (!linked || !focusNotice.current) return;
    focusNotice.current = false;
    notice.current?.querySelector<HTMLElement>("[data-hidden-pair-notice]")?.focus();
  }, [linked]);

  const show = (pair: HiddenPair) => {
    showing.current = pair.id;
    startTransition(() => router.push(pair.showHref, { scroll: false }));
  };
  return (
    <div ref={notice} className="contents">
      {scripted
        ? linked && <HiddenPairNotice key={linked.id} pair={linked} pending={pending} onShow={() => show(linked)} />
        : hidden.map((pair) => <HiddenPairNotice key={pair.id} pair={pair} />)}
    </div>
  );
}
