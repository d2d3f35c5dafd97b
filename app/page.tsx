import { TreatyTimeline } from "@/components/treaty-timeline";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { listTreatiesWithTimeline } from "@/lib/db/drafts";

export default async function HomePage() {
  await requireUser("/");
  const treaties = await listTreatiesWithTimeline(getDb());
  return (
    <div className="space-y-12">
      <header>
        <h1 className="text-3xl font-semibold">Treaties and drafts</h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          Each negotiation with its drafts, in order, on the timeline of sessions and consultations.
        </p>
      </header>
      {treaties.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          No treaty yet. An editor imports the first draft with <code>npm run import -- draft.txt --treaty &quot;Name&quot; …</code> (see the README).
        </p>
      ) : (
        treaties.map((treaty) => <TreatyTimeline key={treaty.id} treaty={treaty} />)
      )}
    </div>
  );
}
