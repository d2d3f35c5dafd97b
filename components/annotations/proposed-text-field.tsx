"use client";

import { useDeferredValue, useId, useMemo, useState } from "react";
import { DiffText } from "@/components/compare/diff-text";
import { diffWords } from "@/lib/diff/diff-words";

/** The amendment an analyst proposes for the selected words, with its redline as they type. */
export function ProposedTextField({ quote, initial }: { quote: string; initial: string }) {
  const id = useId();
  const [proposed, setProposed] = useState(initial);
  // The diff follows typing a moment later rather than slowing every keystroke.
  const shown = useDeferredValue(proposed);
  const ops = useMemo(() => (shown.trim() ? diffWords(quote, shown) : []), [quote, shown]);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">Proposed amendment (optional)</label>
      <textarea
        id={id}
        name="proposedText"
        rows={3}
        dir="auto"
        value={proposed}
        onChange={(event) => setProposed(event.target.value)}
        placeholder="The selected words as you would have them read"
        className="w-full rounded border border-stone-300 px-3 py-2 text-sm"
      />
      {ops.length > 0 && (
        <div className="mt-2 rounded border border-stone-200 bg-stone-50 px-3 py-2">
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-500">Redline against the selected words</p>
          <p data-testid="proposed-redline" dir="auto" className="legal-text text-sm">
            <DiffText ops={ops} side="inline" />
          </p>
        </div>
      )}
    </div>
  );
}
