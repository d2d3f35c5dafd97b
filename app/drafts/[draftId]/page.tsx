import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DraftTableOfContents } from "@/components/draft-table-of-contents";
import { ProvisionView } from "@/components/provision-view";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { findPreviousDraft, getDraftWithProvisions } from "@/lib/db/drafts";
import { buildProvisionTree, tableOfContents } from "@/lib/drafts/provision-tree";
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

export default async function DraftPage({ params }: Params) {
  const { draftId } = await params;
  await requireUser(`/drafts/${draftId}`);
  const draft = await loadDraft(draftId);
  if (!draft) notFound();
  const tree = buildProvisionTree(draft.provisions);
  const previous = await findPreviousDraft(getDb(), draft);
  const direction = textDirection(draft.language);
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
      {/* The contents column follows the text's direction: on the right of an Arabic draft. */}
      <div dir={direction} className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <DraftTableOfContents entries={tableOfContents(tree)} language={draft.language} />
        <article lang={draft.language} className="legal-text min-w-0" aria-label="Draft text">
          {tree.length === 0 ? <p>This draft has no provisions.</p> : tree.map((node) => <ProvisionView key={node.id} node={node} />)}
        </article>
      </div>
    </>
  );
}
