"use client";

import { useMemo, useState } from "react";
import type { SubmissionCandidate } from "@/lib/operations/submissions/list-submission-candidates";
import { filterCandidates, filterOptions, NO_FILTER } from "@/lib/submissions/filter-candidates";
import { CandidateFilters } from "./candidate-filters";
import { CandidateSummary } from "./candidate-summary";

/** The annotations on the draft, filtered, each to add; or all those shown at once. */
export function CandidatePicker({ candidates, included, onAdd }: { candidates: SubmissionCandidate[]; included: ReadonlySet<string>; onAdd: (ids: string[]) => void }) {
  const [filter, setFilter] = useState(NO_FILTER);
  const options = useMemo(() => filterOptions(candidates), [candidates]);
  const shown = useMemo(() => filterCandidates(candidates, filter), [candidates, filter]);
  const addable = shown.filter((c) => !included.has(c.id)).map((c) => c.id);
  return (
    <section aria-labelledby="candidates-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="candidates-heading" className="text-lg font-semibold">Annotations on this draft</h2>
      {candidates.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">There are no annotations on this draft that you may see. Annotate the draft first, then pick from them here.</p>
      ) : (
        <>
          <div className="mt-3"><CandidateFilters filter={filter} options={options} onChange={setFilter} /></div>
          <div className="mt-3 flex items-center gap-3">
            <p className="text-sm text-stone-600" role="status">{shown.length} of {candidates.length} shown</p>
            <button type="button" disabled={addable.length === 0} onClick={() => onAdd(addable)} className="rounded bg-blue-800 px-3 py-1 text-sm text-white disabled:opacity-50">
              Add all {addable.length} shown
            </button>
          </div>
          <ul className="mt-3 max-h-[36rem] divide-y divide-stone-100 overflow-y-auto" aria-label="Annotations to pick from">
            {shown.map((c) => (
              <li key={c.id} className="flex items-start gap-3 py-2">
                <CandidateSummary candidate={c} />
                <button type="button" disabled={included.has(c.id)} onClick={() => onAdd([c.id])} className="ms-auto shrink-0 rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-50">
                  {included.has(c.id) ? "Included" : "Add"}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
