import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeNavigator } from "@/components/compare/change-navigator";
import { CompareControls, type CompareParams } from "@/components/compare/compare-controls";
import { CompareSummaryView } from "@/components/compare/compare-summary";
import { PairEditor } from "@/components/compare/pair-editor";
import { articleName } from "@/components/compare/pair-title";
import { PairView } from "@/components/compare/pair-view";
import { RecomputeButton } from "@/components/compare/recompute-button";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { chaptersOf, filterPairs } from "@/lib/compare/filter-pairs";
import { getDb } from "@/lib/db/client";
import { listTreatiesWithTimeline } from "@/lib/db/drafts";
import { actorOf } from "@/lib/db/users";
import { InvalidInputError, NotFoundError } from "@/lib/operations/errors";
import { getComparison } from "@/lib/operations/get-comparison";

export const metadata: Metadata = { title: "Compare drafts" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ComparePage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const returnTo = `/compare?${new URLSearchParams(Object.entries(search).map(([k, v]) => [k, one(v)]))}`;
  const user = await requireUser(returnTo);
  const db = getDb();
  const treaties = await listTreatiesWithTimeline(db);
  const drafts = treaties.flatMap((t) => t.drafts.map((d) => ({ id: d.id, title: d.title, symbol: d.symbol, treaty: t.title })));
  const defaults = defaultPair(treaties.map((t) => t.drafts));
  const params: CompareParams = {
    from: one(search.from) || defaults[0]?.id || "",
    to: one(search.to) || defaults[1]?.id || "",
    layout: one(search.layout) === "inline" ? "inline" : "side",
    onlyChanged: one(search.only) === "changed",
    chapter: one(search.chapter) || null,
    search: one(search.q) || null,
    ignoreWhitespace: one(search.ignoreWhitespace) === "1",
    ignorePunctuation: one(search.ignorePunctuation) === "1",
  };

  let view: Awaited<ReturnType<typeof getComparison>> | null = null;
  let problem: string | null = drafts.length < 2 ? "Import at least two drafts to compare them." : null;
  if (!problem) {
    try {
      view = await getComparison(db, actorOf(user), params);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (!(error instanceof InvalidInputError)) throw error;
      problem = error.message;
    }
  }

  const isEditor = can(actorOf(user), "alignment:edit");
  const shown = view ? filterPairs(view.comparison.pairs, params) : [];
  const options = (articles: { id: string; label: string | null; number: string | null; heading: string | null }[]) =>
    articles.map((a) => ({ id: a.id, name: `${articleName(a)}${a.heading ? ` — ${a.heading}` : ""}` }));

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold">Compare drafts</h1>
        <p className="mt-1 text-stone-600">Articles are paired across renumbering, splits and merges, then compared word by word.</p>
      </header>
      <CompareControls params={params} drafts={drafts} chapters={view ? chaptersOf(view.comparison.pairs) : []} />
      {problem && <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">{problem}</p>}
      {view && (
        <>
          <CompareSummaryView summary={view.comparison.summary} />
          <div className="sticky top-14 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-stone-50/95 px-3 py-2 backdrop-blur">
            <ChangeNavigator />
            <p className="text-sm text-stone-600">
              Showing {shown.length} of {view.comparison.pairs.length} pairs
            </p>
            {isEditor && <RecomputeButton alignmentId={view.alignmentId} />}
          </div>
          {shown.length === 0 && <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No article matches these filters.</p>}
          <div className="space-y-6">
            {shown.map(({ pair, index }) => (
              <PairView
                key={view.pairIds[index]}
                pair={pair}
                index={index}
                layout={params.layout}
                from={view.fromDraft}
                to={view.toDraft}
                anchors={view.anchors}
                editor={
                  isEditor ? (
                    <PairEditor
                      alignmentId={view.alignmentId}
                      pairId={view.pairIds[index]!}
                      confirmed={Boolean(pair.confirmed)}
                      from={pair.from.map((a) => a.id)}
                      to={pair.to.map((a) => a.id)}
                      fromOptions={options(view.articles.from)}
                      toOptions={options(view.articles.to)}
                      label={`pair ${index + 1}`}
                    />
                  ) : undefined
                }
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

/** Without a choice: the two latest drafts in one language of the first treaty that has two. */
function defaultPair(draftsByTreaty: { id: string; language: string }[][]): { id: string }[] {
  for (const drafts of draftsByTreaty) {
    for (const language of new Set(drafts.map((d) => d.language))) {
      const same = drafts.filter((d) => d.language === language);
      if (same.length >= 2) return same.slice(-2);
    }
  }
  return [];
}
