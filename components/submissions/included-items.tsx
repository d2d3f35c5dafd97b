"use client";

import type { SubmissionCandidate } from "@/lib/operations/submissions/list-submission-candidates";
import { CandidateSummary } from "./candidate-summary";

const button = "rounded border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-40";

/** The submission's annotations in their order, each to move up, down or drop. */
export function IncludedItems(props: {
  items: SubmissionCandidate[];
  hiddenCount: number;
  editable: boolean;
  onMove: (index: number, step: -1 | 1) => void;
  onRemove: (id: string) => void;
}) {
  const { items, hiddenCount, editable, onMove, onRemove } = props;
  return (
    <section aria-labelledby="included-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="included-heading" className="text-lg font-semibold">In this submission ({items.length})</h2>
      {hiddenCount > 0 && (
        <p className="mt-1 text-sm text-stone-600">
          {hiddenCount} more annotation{hiddenCount === 1 ? " is" : "s are"} in it that you may not see; {hiddenCount === 1 ? "it stays" : "they stay"} where {hiddenCount === 1 ? "it is" : "they are"}, and your downloads leave {hiddenCount === 1 ? "it" : "them"} out.
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">Nothing yet.{editable ? " Add annotations from the list." : ""}</p>
      ) : (
        <ol className="mt-3 divide-y divide-stone-100" aria-label="Annotations in the submission, in order">
          {items.map((item, index) => {
            const name = `${item.article ?? "annotation"}${item.provisionLabel ? ` ${item.provisionLabel}` : ""} (“${item.quote.slice(0, 40)}”)`;
            return (
              <li key={item.id} className="flex items-start gap-3 py-2">
                <span className="w-6 shrink-0 text-end text-sm text-stone-500">{index + 1}.</span>
                <CandidateSummary candidate={item} />
                {editable && (
                  <span className="ms-auto flex shrink-0 gap-1">
                    <button type="button" className={button} disabled={index === 0} onClick={() => onMove(index, -1)} aria-label={`Move ${name} up`}>↑</button>
                    <button type="button" className={button} disabled={index === items.length - 1} onClick={() => onMove(index, 1)} aria-label={`Move ${name} down`}>↓</button>
                    <button type="button" className={button} onClick={() => onRemove(item.id)} aria-label={`Remove ${name}`}>Remove</button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
