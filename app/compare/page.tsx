import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationWorkspace } from "@/components/annotations/annotation-workspace";
import { LiveAnnotations } from "@/components/annotations/live-annotations";
import { ChangeNavigator } from "@/components/compare/change-navigator";
import { CompareControls } from "@/components/compare/compare-controls";
import { CompareSummaryView } from "@/components/compare/compare-summary";
import { ReportDownloads } from "@/components/compare/report-downloads";
import { PairAnnotations } from "@/components/compare/pair-annotations";
import { PairEditor } from "@/components/compare/pair-editor";
import { PairLinkFallback } from "@/components/compare/pair-link-fallback";
import { PairView } from "@/components/compare/pair-view";
import { AlignmentNotice, AlignmentNotices } from "@/components/compare/alignment-notice";
import { RecomputeButton } from "@/components/compare/recompute-button";
import { ViewSwitch } from "@/components/compare/view-switch";
import { latestOf, SHOWN_PER_COMPARED_SIDE } from "@/lib/annotations/shown-annotations";
import { workspaceSettings } from "@/lib/annotations/workspace-settings";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { articleName, pairName } from "@/lib/compare/article-names";
import { compareHref, compareParams } from "@/lib/compare/compare-url";
import { chaptersOf, withHidingFilters } from "@/lib/compare/filter-pairs";
import type { ComparedPair } from "@/lib/compare/types";
import { lastChangedAt, listDraftAnchors, listTags } from "@/lib/db/annotations";
import { getDb } from "@/lib/db/client";
import { listTreatiesWithTimeline } from "@/lib/db/drafts";
import { actorOf } from "@/lib/db/users";
import { InvalidInputError, NotFoundError } from "@/lib/operations/errors";
import { getComparison } from "@/lib/operations/get-comparison";
import { comparedDraft } from "./compared-draft";
import { hiddenPairs } from "./hidden-pairs";

export const metadata: Metadata = { title: "Compare drafts" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ComparePage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const returnTo = `/compare?${new URLSearchParams(Object.entries(search).map(([k, v]) => [k, one(v)]))}`;
  const user = await requireUser(returnTo);
  const db = getDb();
  const actor = actorOf(user);
  const treaties = await listTreatiesWithTimeline(db);
  const drafts = treaties.flatMap((t) => t.drafts.map((d) => ({ id: d.id, title: d.title, symbol: d.symbol, treaty: t.title })));
  const defaults = defaultPair(treaties.map((t) => t.drafts));
  const params = compareParams((name) => one(search[name]), { from: defaults[0]?.id ?? "", to: defaults[1]?.id ?? "" });

  let view: Awaited<ReturnType<typeof getComparison>> | null = null;
  let problem: string | null = drafts.length < 2 ? "Import at least two drafts to compare them." : null;
  if (!problem) {
    try {
      view = await getComparison(db, actor, params);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (!(error instanceof InvalidInputError)) throw error;
      problem = error.message;
    }
  }

  const isEditor = can(actor, "alignment:edit");
  const judged = view ? withHidingFilters(view.comparison.pairs, params) : [];
  const shown = judged.filter(({ hiddenBy }) => hiddenBy.length === 0);
  const options = (articles: { id: string; label: string | null; number: string | null; heading: string | null }[]) =>
    articles.map((a) => ({ id: a.id, name: `${articleName(a)}${a.heading ? ` — ${a.heading}` : ""}` }));

  const [fromAnchors, toAnchors, tags] = view
    ? await Promise.all([listDraftAnchors(db, actor, view.fromDraft.id), listDraftAnchors(db, actor, view.toDraft.id), listTags(db)])
    : [[], [], []];
  const before = view && comparedDraft(view.fromDraft, fromAnchors);
  const after = view && comparedDraft(view.toDraft, toAnchors);
  // Under each pair, the latest few annotations of each side are highlighted and written out in
  // full, the others counted with a link to the draft page (lib/annotations/shown-annotations);
  // the cards themselves load as the reader reaches the pair (components/compare/pair-annotations).
  const cards = (draft: typeof before, articles: (pair: ComparedPair) => { id: string }[]) =>
    new Map(shown.map(({ pair }) => [pair, latestOf(draft?.annotationIdsOn(articles(pair)) ?? [], SHOWN_PER_COMPARED_SIDE)]));
  const beforeCards = cards(before, (pair) => pair.from);
  const afterCards = cards(after, (pair) => pair.to);
  const highlighted = (shownCards: typeof beforeCards) => new Set([...shownCards.values()].flatMap((group) => group.ids));
  const beforeSide = before?.side(highlighted(beforeCards));
  const afterSide = after?.side(highlighted(afterCards));
  // What a pair's cards were loaded for: they reload when it changes (a live update, one's own
  // change), not on every render of the page, which a colleague's change elsewhere also causes.
  const changedAt = await lastChangedAt(db, [...highlighted(beforeCards), ...highlighted(afterCards)]);
  const stamp = (pair: ComparedPair) =>
    [...beforeCards.get(pair)!.ids, "|", ...afterCards.get(pair)!.ids].map((id) => `${id}@${changedAt.get(id)?.getTime() ?? ""}`).join(" ");

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold">Compare drafts</h1>
        <p className="mt-1 text-stone-600">Articles are paired across renumbering, splits and merges, then compared word by word.</p>
      </header>
      <CompareControls params={params} drafts={drafts} chapters={view ? chaptersOf(view.comparison.pairs) : []} />
      {problem && <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">{problem}</p>}
      {view && before && after && beforeSide && afterSide && (
        <AnnotationWorkspace {...workspaceSettings({ actor, organizations: user.organizations }, tags)}>
          <AlignmentNotices>
            <CompareSummaryView summary={view.comparison.summary} />
            <ReportDownloads from={view.fromDraft.id} to={view.toDraft.id} onlyChanged={params.onlyChanged} />
            <div data-compare-toolbar className="sticky top-14 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-stone-50/95 px-3 py-2 backdrop-blur">
              <ChangeNavigator />
              <ViewSwitch layout={params.layout} hrefs={{ side: compareHref({ ...params, layout: "side" }), inline: compareHref({ ...params, layout: "inline" }) }} />
              <p className="text-sm text-stone-600">
                Showing {shown.length} of {view.comparison.pairs.length} pairs
              </p>
              {isEditor && <RecomputeButton alignmentId={view.alignmentId} />}
              {isEditor && <AlignmentNotice />}
            </div>
            <PairLinkFallback hidden={hiddenPairs(judged, view.anchors, params)} />
            {shown.length === 0 && <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No article matches these filters.</p>}
            <div className="space-y-6">
              {shown.map(({ pair, index }) => (
                <PairView
                  key={view.pairIds[index]}
                  pair={pair}
                  number={index + 1}
                  layout={params.layout}
                  from={beforeSide}
                  to={afterSide}
                  anchors={view.anchors}
                  annotations={
                    <PairAnnotations
                      label={pairName(pair)}
                      before={{ title: "Earlier draft", draftTitle: view.fromDraft.title, draftId: view.fromDraft.id, place: "before-", ...beforeCards.get(pair)!, allHref: before.draftPageHref(pair.from) }}
                      after={{ title: "Later draft", draftTitle: view.toDraft.title, draftId: view.toDraft.id, place: "after-", ...afterCards.get(pair)!, allHref: after.draftPageHref(pair.to) }}
                      actor={actor}
                      stamp={stamp(pair)}
                    />
                  }
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
                        label={pairName(pair)}
                      />
                    ) : undefined
                  }
                />
              ))}
            </div>
            <LiveAnnotations draftIds={[view.fromDraft.id, view.toDraft.id]} />
          </AlignmentNotices>
        </AnnotationWorkspace>
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
