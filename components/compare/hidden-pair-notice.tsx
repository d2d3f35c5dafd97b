import type { MouseEvent } from "react";
import type { PairOnPage } from "@/lib/compare/pair-anchor";

/** A pair the filters hide, as a link to it is answered: its name, and the view that shows it. */
export interface HiddenPair extends PairOnPage {
  /** "Article 23 → Article 26". */
  name: string;
  /** What "Show it" turns off: "the chapter filter and the search". */
  clears: string;
  /** The view with those filters off, the pair's address on it. */
  showHref: string;
}

const BOX = "scroll-mt-40 rounded border border-amber-300 bg-amber-50 p-4 focus:outline-2 focus:outline-blue-800";
const BUTTON = "mt-2 inline-block rounded bg-blue-800 px-3 py-1 text-sm font-medium text-white! hover:bg-blue-900";

/**
 * Tells that the linked pair is hidden and offers to show it. Without JavaScript every hidden pair
 * has one, under the pair's address, seen only when the address names it (:target), and "Show it"
 * is a link; with it, the page shows the one meant, and "Show it" is a button.
 */
export function HiddenPairNotice({ pair, onShow, pending }: { pair: HiddenPair; onShow?: (event: MouseEvent) => void; pending?: boolean }) {
  const text = (
    <>
      <p className="font-medium">{pair.name} is hidden by the filters.</p>
      <p className="text-sm text-stone-700">Showing it turns off {pair.clears}.</p>
    </>
  );
  if (!onShow) {
    return (
      <section id={pair.id} aria-label="Linked pair hidden" className={`hidden target:block ${BOX}`}>
        {text}
        <a href={pair.showHref} className={BUTTON}>Show it</a>
      </section>
    );
  }
  return (
    <section role="status" aria-label="Linked pair hidden" tabIndex={-1} data-hidden-pair-notice className={BOX}>
      {text}
      <button type="button" onClick={onShow} disabled={pending} className={BUTTON}>{pending ? "Showing it…" : "Show it"}</button>
    </section>
  );
}
