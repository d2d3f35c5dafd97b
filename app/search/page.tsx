import type { Metadata } from "next";
import Link from "next/link";
import { SearchSnippet } from "@/components/search-snippet";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { searchAnnotations, searchProvisions } from "@/lib/db/search";
import { actorOf } from "@/lib/db/users";
import { textDirection } from "@/lib/i18n/text-direction";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const q = ((await searchParams).q ?? "").trim().slice(0, 200);
  const user = await requireUser(`/search?q=${encodeURIComponent(q)}`);
  const db = getDb();
  const [provisions, annotations] = q ? await Promise.all([searchProvisions(db, q), searchAnnotations(db, actorOf(user), q)]) : [[], []];
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold">Search</h1>
        <form method="get" action="/search" role="search" className="mt-4 flex max-w-2xl gap-2">
          <label htmlFor="search-q" className="sr-only">Search drafts and annotations</label>
          <input id="search-q" type="search" name="q" defaultValue={q} placeholder="Words in any language: safeguards, quyền con người, حقوق الإنسان" className="w-full rounded border border-stone-300 px-3 py-2" />
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">Search</button>
        </form>
        <p className="mt-2 text-sm text-stone-600">Quotes find a phrase (&quot;domestic law&quot;), a minus excludes a word (-cybercrime). Only annotations you may see are listed.</p>
      </header>
      {q && (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="in-drafts">
            <h2 id="in-drafts" className="mb-3 text-xl font-semibold">In drafts ({provisions.length})</h2>
            {provisions.length === 0 ? <p className="text-stone-600">No provision contains these words.</p> : (
              <ol className="space-y-3">
                {provisions.map((hit) => (
                  <li key={hit.id} className="rounded border border-stone-200 bg-white p-3">
                    <Link href={`/provisions/${hit.id}`} className="font-medium">{[hit.label, hit.heading].filter(Boolean).join(" ") || hit.kind.toLowerCase()}</Link>
                    <span className="ms-2 text-sm text-stone-500">{hit.draftTitle}</span>
                    <p lang={hit.language} dir={textDirection(hit.language)} className="mt-1 text-sm"><SearchSnippet snippet={hit.snippet} /></p>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="in-annotations">
            <h2 id="in-annotations" className="mb-3 text-xl font-semibold">In annotations ({annotations.length})</h2>
            {annotations.length === 0 ? <p className="text-stone-600">No annotation you may see contains these words.</p> : (
              <ol className="space-y-3">
                {annotations.map(({ annotation, snippet }) => {
                  const anchor = annotation.anchors[0];
                  return (
                    <li key={annotation.id} className="rounded border border-stone-200 bg-white p-3">
                      {anchor ? <Link href={`/drafts/${anchor.draft.id}#annotation-${annotation.id}`} className="font-medium">“{anchor.exact}”</Link> : <span className="font-medium">Annotation</span>}
                      <span className="ms-2 text-sm text-stone-500">{annotation.author.name}{anchor && <> · {anchor.draft.title}</>}</span>
                      <p dir="auto" className="mt-1 text-sm"><SearchSnippet snippet={snippet} /></p>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
