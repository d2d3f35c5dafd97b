import type { Metadata } from "next";
import Link from "next/link";
import { NewSubmissionForm } from "@/components/submissions/new-submission-form";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { listSubmissions } from "@/lib/db/submissions";
import { actorOf } from "@/lib/db/users";
import { languageName } from "@/lib/i18n/text-direction";

export const metadata: Metadata = { title: "Submissions" };

type Props = { searchParams: Promise<{ draft?: string }> };

export default async function SubmissionsPage({ searchParams }: Props) {
  const user = await requireUser("/submissions");
  const actor = actorOf(user);
  const db = getDb();
  const { draft } = await searchParams;
  const [submissions, drafts] = await Promise.all([
    listSubmissions(db, actor),
    db.draft.findMany({ orderBy: [{ treatyId: "asc" }, { position: "asc" }], select: { id: true, title: true, language: true } }),
  ]);
  return (
    <>
      <h1 className="text-3xl font-semibold">Submissions</h1>
      <p className="mt-2 max-w-3xl text-stone-600">
        A submission gathers annotations on one draft, article by article, for the negotiating committee: pick them by tag, source or
        article, put them in order, then download it as Word, PDF, CSV, Markdown or W3C JSON. Your organisation&apos;s analysts edit it with you.
      </p>
      {can(actor, "submission:create") && (
        <section className="mt-6" aria-labelledby="new-submission">
          <h2 id="new-submission" className="mb-2 text-lg font-semibold">Start a submission</h2>
          <NewSubmissionForm drafts={drafts.map((d) => ({ id: d.id, label: `${d.title} (${languageName(d.language)})` }))} draftId={draft} />
        </section>
      )}
      <section className="mt-8" aria-labelledby="your-submissions">
        <h2 id="your-submissions" className="mb-2 text-lg font-semibold">Your organisation&apos;s submissions</h2>
        {submissions.length === 0 ? (
          <p className="text-stone-600">No submissions yet.{can(actor, "submission:create") ? " Start one above." : ""}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {submissions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3">
                <Link href={`/submissions/${s.id}`} className="font-medium">{s.title}</Link>
                <span className="text-sm text-stone-600">
                  on {s.draft.title} · {s._count.items} annotation{s._count.items === 1 ? "" : "s"}
                  {s.organization && <> · {s.organization.name}</>} · changed {s.updatedAt.toISOString().slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
