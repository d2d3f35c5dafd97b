import Link from "next/link";
import { TreatyTimeline } from "@/components/treaty-timeline";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { listTreatiesWithTimeline } from "@/lib/db/drafts";
import { actorOf } from "@/lib/db/users";

export default async function HomePage() {
  const user = await requireUser("/");
  const mayImport = can(actorOf(user), "draft:import");
  const treaties = await listTreatiesWithTimeline(getDb());
  return (
    <div className="space-y-12">
      <header className="flex flex-wrap items-start gap-4">
        <div>
          <h1 className="text-3xl font-semibold">Treaties and drafts</h1>
          <p className="mt-2 max-w-3xl text-stone-600">
            Each negotiation with its drafts, in order, on the timeline of sessions and consultations.
          </p>
        </div>
        {mayImport && (
          <Link href="/drafts/import" className="ms-auto rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900">
            Import a draft
          </Link>
        )}
      </header>
      {treaties.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          No treaty yet. An editor imports the first draft on the import page or with <code>npm run import -- draft.docx --treaty &quot;Name&quot; …</code> (see the README).
        </p>
      ) : (
        treaties.map((treaty) => <TreatyTimeline key={treaty.id} treaty={treaty} />)
      )}
    </div>
  );
}
