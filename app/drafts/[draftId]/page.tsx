import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnotationMargin } from "@/components/annotations/annotation-margin";
import { AnnotationWorkspace } from "@/components/annotations/annotation-workspace";
import { LiveAnnotations } from "@/components/annotations/live-annotations";
import { DraftTableOfContents } from "@/components/draft-table-of-contents";
import { ProvisionView } from "@/components/provision-view";
import { authorsAndOrganizations, highlightsByProvision } from "@/lib/annotations/highlights";
import { isFiltered, parseMarginFilter, toAnnotationFilter, type SearchParams } from "@/lib/annotations/margin-filter";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listDraftAnnotations, listTags } from "@/lib/db/annotations";
import { getDb } from "@/lib/db/client";
import { findPreviousDraft, getDraftWithProvisions } from "@/lib/db/drafts";
import { buildProvisionTree, tableOfContents } from "@/lib/drafts/provision-tree";
import { actorOf } from "@/lib/db/users";
import { formatDate } from "@/lib/i18n/format-date";
import { languageName, textDirection } from "@/lib/i18n/text-direction";

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
  const filter = parseMarginFilter(await searchParams);
  const filtered = isFiltered(filter);
  // The filters offer the authors and organisations of every annotation one may see here, not only of those shown.
  const [annotations, unfiltered, tags] = await Promise.all([
    listDraftAnnotations(db, actor, draft.id, toAnnotationFilter(filter)),
    filtered ? listDraftAnnotations(db, actor, draft.id) : null,
    listTags(db),
  ]);
  const tagOptions = tags.map((t) => ({ slug: t.slug, name: t.name }));
  const canAnnotate = can(actor, "annotation:create");
  const organization = user.organizations[0];
  const tree = buildProvisionTree(draft.provisions);
  const previous = await findPreviousDraft(getDb(), draft);
  const direction = textDirection(draft.language);
  const highlights = highlightsByProvision(annotations);
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
        {previous && (
          <p className="mt-2 text-sm">
            <Link href={`/compare?from=${previous.id}&to=${draft.id}`}>Compare with the previous draft ({previous.title})</Link>
          </p>
        )}
      </header>
      <AnnotationWorkspace
        draftId={draft.id}
        canAnnotate={canAnnotate}
        tags={tagOptions}
        defaults={{ sourceKind: organization?.kind ?? "OTHER", sourceOrganization: organization?.name ?? "" }}
      >
        {/* The contents column follows the text's direction: on the right of an Arabic draft, the margin on the left. */}
        <div dir={direction} className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)_20rem]">
          <DraftTableOfContents entries={tableOfContents(tree)} language={draft.language} />
          <article lang={draft.language} className="legal-text min-w-0" aria-label="Draft text">
            {tree.length === 0 ? <p>This draft has no provisions.</p> : tree.map((node) => <ProvisionView key={node.id} node={node} highlights={highlights} />)}
          </article>
          <div className="lg:col-start-2 xl:col-start-auto">
            <AnnotationMargin
              draftId={draft.id}
              actor={actor}
              annotations={annotations}
              filter={filter}
              filtered={filtered}
              options={{ tags: tagOptions, ...authorsAndOrganizations(unfiltered ?? annotations) }}
              canAnnotate={canAnnotate}
            />
          </div>
        </div>
      </AnnotationWorkspace>
      <LiveAnnotations draftId={draft.id} />
    </>
  );
}
