import Link from "next/link";
import { languageName, textDirection } from "@/lib/i18n/text-direction";
import type { listTreatiesWithTimeline } from "@/lib/db/drafts";
import { formatDate } from "@/lib/i18n/format-date";

type Treaty = Awaited<ReturnType<typeof listTreatiesWithTimeline>>[number];
type Event = Treaty["events"][number];
type Draft = Treaty["drafts"][number];

const EVENT_KIND: Record<Event["kind"], string> = {
  RESOLUTION: "Resolution",
  SESSION: "Session",
  CONSULTATION: "Consultation",
  DRAFT_PUBLISHED: "Draft published",
  OTHER: "Event",
};

type Entry = { date: Date; event?: Event; drafts: Draft[] };

// Drafts appear under the event that produced them; drafts without an event stand at their own date.
function timelineEntries(treaty: Treaty): Entry[] {
  const entries: Entry[] = treaty.events.map((event) => ({ date: event.startsOn, event, drafts: treaty.drafts.filter((d) => d.eventId === event.id) }));
  for (const draft of treaty.drafts) {
    if (!draft.eventId || !treaty.events.some((e) => e.id === draft.eventId)) entries.push({ date: draft.date, drafts: [draft] });
  }
  return entries.sort((a, b) => a.date.getTime() - b.date.getTime());
}

export function TreatyTimeline({ treaty }: { treaty: Treaty }) {
  const entries = timelineEntries(treaty);
  return (
    <section aria-labelledby={`treaty-${treaty.slug}`} className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id={`treaty-${treaty.slug}`} className="text-2xl font-semibold">
        {treaty.title}
        {treaty.isSample && <span className="ms-3 rounded bg-amber-100 px-2 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-amber-900">Sample text</span>}
      </h2>
      {treaty.description && <p className="mt-2 max-w-3xl text-stone-600">{treaty.description}</p>}
      <p className="mt-2 text-sm text-stone-500">
        {treaty.drafts.length} {treaty.drafts.length === 1 ? "draft" : "drafts"} · {treaty.events.length} negotiation events
      </p>
      {treaty.drafts.length === 0 && (
        <p className="mt-4 rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">
          No draft imported yet. Editors import the official drafts as they are published:{" "}
          <code className="break-all">npm run import -- draft.txt --treaty {treaty.slug} --title … --date YYYY-MM-DD --language en</code>
        </p>
      )}
      <ol className="mt-6 space-y-4 border-s-2 border-stone-200 ps-6">
        {entries.map((entry, index) => (
          <li key={entry.event?.id ?? `draft-${entry.drafts[0]?.id ?? index}`} className="relative">
            <span aria-hidden className={`absolute -start-[1.95rem] top-1.5 h-3 w-3 rounded-full ${entry.drafts.length ? "bg-blue-700" : "bg-stone-400"}`} />
            {entry.event ? <EventSummary event={entry.event} /> : <p className="text-sm text-stone-500"><time dateTime={entry.date.toISOString().slice(0, 10)}>{formatDate(entry.date)}</time></p>}
            {entry.drafts.length > 0 && (
              <ul className="mt-2 space-y-2">
                {entry.drafts.map((draft) => <DraftLink key={draft.id} draft={draft} />)}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventSummary({ event }: { event: Event }) {
  const english = event.texts.find((t) => t.language === "en") ?? event.texts[0];
  const arabic = event.texts.find((t) => t.language === "ar");
  return (
    <div>
      <p className="text-sm text-stone-500">
        <time dateTime={event.startsOn.toISOString().slice(0, 10)}>{formatDate(event.startsOn)}</time>
        {event.endsOn && <> – <time dateTime={event.endsOn.toISOString().slice(0, 10)}>{formatDate(event.endsOn)}</time></>}
        {" · "}{EVENT_KIND[event.kind]}{event.place && <> · {event.place}</>}
        {event.scheduled && <span className="ms-2 rounded bg-stone-100 px-1.5 text-xs">scheduled</span>}
      </p>
      {english && <h3 className="font-medium">{english.title}</h3>}
      {english?.summary && <p className="text-sm text-stone-700">{english.summary}</p>}
      {arabic && (
        <div lang="ar" dir="rtl" className="mt-1 font-[family-name:var(--font-arabic)] text-stone-700">
          <p className="font-medium">{arabic.title}</p>
          {arabic.summary && <p className="text-sm">{arabic.summary}</p>}
        </div>
      )}
    </div>
  );
}

function DraftLink({ draft }: { draft: Draft }) {
  return (
    <li className="rounded border border-blue-100 bg-blue-50/60 px-3 py-2">
      <Link href={`/drafts/${draft.id}`} className="font-medium" dir={textDirection(draft.language)} lang={draft.language}>
        {draft.title}
      </Link>
      <p className="text-sm text-stone-600">
        {draft.symbol && <span className="me-2 font-mono text-xs">{draft.symbol}</span>}
        <time dateTime={draft.date.toISOString().slice(0, 10)}>{formatDate(draft.date)}</time> · {languageName(draft.language)} · {draft._count.provisions} articles
      </p>
    </li>
  );
}
