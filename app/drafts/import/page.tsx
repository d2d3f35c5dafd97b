import type { Metadata } from "next";
import { ImportDraft, type TreatyChoice } from "@/components/import/import-draft";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { listTreatiesWithTimeline } from "@/lib/db/drafts";
import { formatDate } from "@/lib/i18n/format-date";

export const metadata: Metadata = { title: "Import a draft" };

export default async function ImportDraftPage() {
  await requireUser("/drafts/import", "draft:import");
  const treaties = await listTreatiesWithTimeline(getDb());
  const choices: TreatyChoice[] = treaties.map((treaty) => ({
    slug: treaty.slug,
    title: treaty.title,
    events: treaty.events.map((event) => {
      const text = event.texts.find((t) => t.language === "en") ?? event.texts[0];
      return { id: event.id, name: `${formatDate(event.startsOn)} · ${text?.title ?? event.kind.toLowerCase()}` };
    }),
  }));
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold">Import a draft</h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          Upload the draft as the committee published it (Word, PDF or text) or paste its text, check the preview of its chapters,
          articles and paragraphs, correct what was misread, then save. Nothing is stored until you save.
        </p>
      </header>
      <ImportDraft treaties={choices} />
    </div>
  );
}
