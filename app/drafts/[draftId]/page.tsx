import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnotationMargin, ProvisionAnnotations } from "@/components/annotations/annotation-margin";
import { AnnotationWorkspace } from "@/components/annotations/annotation-workspace";
import { LiveAnnotations } from "@/components/annotations/live-annotations";
import { DraftTableOfContents } from "@/components/draft-table-of-contents";
import { ProvisionView } from "@/components/provision-view";
import { authorsAndOrganizations, highlightsByProvision } from "@/lib/annotations/highlights";
import { isFiltered, parseMarginFilter, toAnnotationFilter, type SearchParams } from "@/lib/annotations/margin-filter";
import { annotationsByUnit, unitsOf } from "@/lib/annotations/provision-units";
import { latestOf, SHOWN_ON_DRAFT_PAGE, showAllHref } from "@/lib/annotations/shown-annotations";
import { workspaceSettings } from "@/lib/annotations/workspace-settings";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listDraftAnchors, listTags } from "@/lib/db/annotations";
import { getDb } from "@/lib/db/client";
import { findPreviousDraft, getDraftWithProvisions } from "@/lib/db/drafts";
import { buildProvisionTree, provisionsById, tableOfContents } from "@/lib/drafts/provision-tree";
import { actorOf } from "@/lib/db/users";
import { loadShownAnnotations } from "@/lib/operations/annotations/load-shown-annotations";
import { formatDate } from "@/lib/i18n/format-date";
import { languageName, textDirection } from "@/lib/i18n/text-direction";

/** The margin's list of annotations whose words are gone from this draft, as ?all= names it. */
const UNPLACED = "annotations-without-provision";

type Params = { params: Promise<{ draftId: string }> };

// Metadata and page share one query per request.
const loadDraft = cache((draftId: string) => getDraftWithProvisions(getDb(), draftId));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draftId } = await params;
  // Titles are for signed-in readers only, like the draft itself.
  const draft = (await getCurrentUser()) ? await loadDraft(draftId) : null;
  return { title: draft?.title ?? "Draft" };
}

export default async function DraftPage({ params, searchParams }: Params & { searchParams: Promise<SearchParams> }) {
  const { draftId } = await params;
  const user = await requireUser(`/drafts/${draftId}`);
  const draft = await loadDraft(draftId);
  if (!draft) notFound();
  const db = getDb();
  const actor = actorOf(user);
  const query = await searchParams;
  const filter = parseMarginFilter(query);
  const filtered = isFiltered(filter);
  // The filters offer the authors and organisations of every annotation one may see here, not only of those shown.
  const [anchored, unfiltered, tags] = await Promise.all([
    listDraftAnchors(db, actor, draft.id, toAnnotationFilter(filter)),
    filtered ? listDraftAnchors(db, actor, draft.id) : null,
    listTags(db),
  ]);
  const workspace = workspaceSettings({ actor, organizations: user.organizations }, tags);
  const tree = buildProvisionTree(draft.provisions);
  const nodes = provisionsById(tree);
  const previous = await findPreviousDraft(getDb(), draft);
  const direction = textDirection(draft.language);
  // Each article shows its latest annotations in full, all of them once the reader asks (?all=<article>).
  const expanded = typeof query.all === "string" ? query.all : null;
  const shown = new Map(
    [...annotationsByUnit(anchored, unitsOf(tree))].map(([unit, list]) => {
      const ids = list.map((a) => a.id);
      const anchor = unit ? nodes.get(unit)?.anchor : UNPLACED;
      return [unit, latestOf(ids, anchor === expanded ? ids.length : SHOWN_ON_DRAFT_PAGE)] as const;
    }),
  );
  const written = await loadShownAnnotations(db, actor, draft.id, shown);
  const highlights = highlightsByProvision(anchored.filter((a) => written.ids.has(a.id)));
  const eventTitle = draft.event?.texts.find((t) => t.language === "en")?.title;

  return (
    <>
      <header className="mb-8">
        <p className="text-sm text-stone-500">
          <Link href="/">{draft.treaty.title}</Link>
          {draft.treaty.isSample && <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold uppercase text-amber-900">Sample text</span>}
        </p>
        <h1 className="mt-1 text-3xl font-semibold" dir={direction} lang={draft.language}>{draft.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {draft.symbol && <span className="me-2 font-mono">{draft.symbol}</span>}
          <time dateTime={draft.date.toISOString().slice(0, 10)}>{formatDate(draft.date)}</time> · {languageName(draft.language)}
          {eventTitle && <> · {eventTitle}</>}
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          {previous && <Link href={`/compare?from=${previous.id}&to=${draft.id}`}>Compare with the previous draft ({previous.title})</Link>}
          {can(actor, "submission:create") && <Link href={`/submissions?draft=${draft.id}`}>Start a submission on this draft</Link>}
        </p>
      </header>
      <AnnotationWorkspace {...workspace}>
        {/* The contents column follows the text's direction: on the right of an Arabic draft, each article's margin on its left. */}
        <div dir={direction} className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)]">
          <DraftTableOfContents entries={tableOfContents(tree)} language={draft.language} />
          <div className="min-w-0">
            <AnnotationMargin
              draftId={draft.id}
              actor={actor}
              count={anchored.length}
              unplaced={{ annotations: written.of(null), total: shown.get(null)?.total ?? 0, allHref: showAllHref(query, UNPLACED) }}
              filter={filter}
              filtered={filtered}
              options={{ tags: workspace.tags, ...authorsAndOrganizations(unfiltered ?? anchored) }}
              canAnnotate={workspace.canAnnotate}
            />
            {/* The margin's column stands inside the article: the measure of the text is kept by each row (ProvisionView). */}
            <article lang={draft.language} data-draft-id={draft.id} className="legal-text" style={{ maxWidth: "none" }} aria-label="Draft text">
              {tree.length === 0 ? <p>This draft has no provisions.</p> : tree.map((node) => (
                <ProvisionView
                  key={node.id}
                  node={node}
                  highlights={highlights}
                  beside={(unit) => {
                    const total = shown.get(unit.id)?.total ?? 0;
                    return total > 0 && (
                      <ProvisionAnnotations name={unit.label ?? unit.heading ?? "this provision"} annotations={written.of(unit.id)} total={total} allHref={showAllHref(query, unit.anchor)} actor={actor} />
                    );
                  }}
                />
              ))}
            </article>
          </div>
        </div>
      </AnnotationWorkspace>
      <LiveAnnotations draftIds={[draft.id]} />
    </>
  );
}
