import type { CompareSummary } from "@/lib/compare/types";

export function CompareSummaryView({ summary }: { summary: CompareSummary }) {
  const items: [string, number, string][] = [
    ["changed", summary.changed, "text-amber-800"],
    ["unchanged", summary.unchanged, "text-stone-600"],
    ["added", summary.added, "text-green-800"],
    ["removed", summary.removed, "text-red-800"],
    ["renumbered", summary.renumbered, "text-stone-800"],
    ["moved", summary.moved, "text-sky-800"],
    ["split", summary.split, "text-stone-800"],
    ["merged", summary.merged, "text-stone-800"],
  ];
  return (
    <section aria-labelledby="summary-title" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="summary-title" className="text-lg font-semibold">Summary</h2>
      <p className="mt-1 text-sm text-stone-600">
        {summary.articles.from} articles before, {summary.articles.to} after · {summary.wordsInserted} words inserted, {summary.wordsDeleted} deleted
        {summary.wordsMoved > 0 && <>, {summary.wordsMoved} moved</>}
      </p>
      <dl className="mt-4 grid grid-cols-4 gap-3 sm:grid-cols-8">
        {items.map(([name, value, colour]) => (
          <div key={name} className="rounded border border-stone-200 p-2 text-center">
            <dt className="text-xs uppercase tracking-wide text-stone-500">{name}</dt>
            <dd className={`text-2xl font-semibold ${colour}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
