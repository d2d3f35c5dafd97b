import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffText } from "@/components/compare/diff-text";
import { PairBadges } from "@/components/compare/pair-title";
import { articleName } from "@/lib/compare/article-names";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { formatDate } from "@/lib/i18n/format-date";
import { textDirection } from "@/lib/i18n/text-direction";
import { NotFoundError } from "@/lib/operations/errors";
import { getClauseHistory } from "@/lib/operations/get-clause-history";

export const metadata: Metadata = { title: "Clause history" };

export default async function ClauseHistoryPage({ params }: { params: Promise<{ provisionId: string }> }) {
  const { provisionId } = await params;
  const user = await requireUser(`/provisions/${provisionId}/history`);
  const steps = await getClauseHistory(getDb(), actorOf(user), provisionId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const asked = steps.flatMap((s) => s.articles).find((a) => a.id === provisionId);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-stone-500">Clause history</p>
        <h1 className="text-3xl font-semibold">
          {asked ? articleName(asked) : "Article"}
          {asked?.heading && <span className="font-normal text-stone-700">: {asked.heading}</span>}
        </h1>
        <p className="mt-1 text-stone-600">The clause in every draft, in order, each compared with the draft before.</p>
      </header>
      <ol className="space-y-6">
        {steps.map((step, i) => {
          const direction = textDirection(step.draft.language);
          const event = step.draft.event?.texts.find((t) => t.language === "en")?.title;
          return (
            <li key={step.draft.id} className="rounded-lg border border-stone-200 bg-white shadow-sm">
              <header className="flex flex-wrap items-baseline gap-x-3 border-b border-stone-200 px-4 py-3">
                <h2 className="font-semibold">
                  <Link href={`/drafts/${step.draft.id}`}>{step.draft.title}</Link>
                </h2>
                <span className="text-sm text-stone-600">
                  {step.draft.symbol && <span className="me-2 font-mono">{step.draft.symbol}</span>}
                  <time dateTime={step.draft.date.toISOString().slice(0, 10)}>{formatDate(step.draft.date)}</time>
                  {event && <> · {event}</>}
                </span>
                <span className="ms-auto text-sm">
                  {step.articles.length === 0 ? "Not in this draft" : step.articles.map((a) => articleName(a)).join(" + ")}
                </span>
              </header>
              <div className="space-y-3 px-4 py-3">
                {i === 0 || step.changes.length === 0 ? (
                  step.articles.map((a) => (
                    <div key={a.id} lang={step.draft.language} dir={direction} className="legal-text whitespace-pre-line">{a.text}</div>
                  ))
                ) : (
                  step.changes.map((change, j) => (
                    <div key={j}>
                      <PairBadges pair={change} />
                      <div lang={step.draft.language} dir={direction} className="legal-text mt-2 whitespace-pre-line">
                        <DiffText ops={change.ops} side="inline" />
                      </div>
                    </div>
                  ))
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
