import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SubmissionBuilder } from "@/components/submissions/submission-builder";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { formatDate } from "@/lib/i18n/format-date";
import { NotFoundError } from "@/lib/operations/errors";
import { listSubmissionCandidates } from "@/lib/operations/submissions/list-submission-candidates";
import { loadSubmissionFor } from "@/lib/operations/submissions/load-submission";
import { submissionResource } from "@/lib/operations/submissions/submission-resource";
import type { RichTextDoc } from "@/lib/rich-text/types";

type Params = { params: Promise<{ submissionId: string }> };

async function load(actor: Actor, submissionId: string) {
  try {
    return await loadSubmissionFor(getDb(), actor, submissionId, "submission:read");
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { submissionId } = await params;
  const user = await getCurrentUser();
  const submission = user ? await load(actorOf(user), submissionId) : null;
  return { title: submission?.title ?? "Submission" };
}

export default async function SubmissionPage({ params }: Params) {
  const { submissionId } = await params;
  const user = await requireUser(`/submissions/${submissionId}`);
  const actor = actorOf(user);
  const submission = await load(actor, submissionId);
  if (!submission) notFound();
  const included = submission.items.map((item) => item.annotationId);
  const candidates = await listSubmissionCandidates(getDb(), actor, submission.draftId, included);
  const seen = new Set(candidates.map((c) => c.id));
  const itemIds = included.filter((id) => seen.has(id));
  const editable = can(actor, "submission:edit", submissionResource(submission));
  return (
    <>
      <header className="mb-6">
        <p className="text-sm text-stone-500"><Link href="/submissions">Submissions</Link></p>
        <h1 className="mt-1 text-3xl font-semibold" dir="auto">{submission.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          On <Link href={`/drafts/${submission.draft.id}`}>{submission.draft.title}</Link> (<time dateTime={submission.draft.date.toISOString().slice(0, 10)}>{formatDate(submission.draft.date)}</time>)
          {submission.signatories.length > 0 && <> · signed by {submission.signatories.join(", ")}</>} · started by {submission.createdBy.name}
          {submission.organization && <> for {submission.organization.name}</>}
        </p>
        {!editable && <p className="mt-2 text-sm text-stone-600">You can read and download this submission; its organisation&apos;s analysts edit it.</p>}
      </header>
      <SubmissionBuilder
        editable={editable}
        candidates={candidates}
        submission={{
          id: submission.id,
          version: submission.version,
          title: submission.title,
          signatories: submission.signatories,
          introduction: (submission.introduction as RichTextDoc | null) ?? null,
          itemIds,
          hiddenCount: submission.items.length - itemIds.length,
        }}
      />
    </>
  );
}
