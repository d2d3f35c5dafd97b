"use client";

import { useState } from "react";
import { DRAFT_LANGUAGES, OTHER_LANGUAGE } from "./languages";

export interface TreatyChoice {
  slug: string;
  title: string;
  events: { id: string; name: string }[];
}

const NEW_TREATY = "";
const field = "w-full rounded border border-stone-300 bg-white px-3 py-2";
const labelClass = "mb-1 block text-sm font-medium";

/** What the draft is: its treaty, title, symbol, date, language and the negotiation event that produced it. */
export function DraftMetadataFields({ treaties }: { treaties: TreatyChoice[] }) {
  const [treaty, setTreaty] = useState(treaties[0]?.slug ?? NEW_TREATY);
  const [language, setLanguage] = useState("en");
  const events = treaties.find((t) => t.slug === treaty)?.events ?? [];
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">The draft</legend>
      <div>
        <label htmlFor="import-treaty" className={labelClass}>Treaty</label>
        <select id="import-treaty" name="treaty" value={treaty} onChange={(e) => setTreaty(e.target.value)} className={field}>
          {treaties.map((t) => <option key={t.slug} value={t.slug}>{t.title}</option>)}
          <option value={NEW_TREATY}>A new treaty…</option>
        </select>
      </div>
      {treaty === NEW_TREATY ? (
        <div>
          <label htmlFor="import-new-treaty" className={labelClass}>Name of the new treaty</label>
          <input id="import-new-treaty" name="newTreaty" required maxLength={300} className={field} />
        </div>
      ) : (
        <div>
          <label htmlFor="import-event" className={labelClass}>Negotiation event (optional)</label>
          <select id="import-event" name="eventId" key={treaty} defaultValue="" className={field}>
            <option value="">None</option>
            {events.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </div>
      )}
      <div className="sm:col-span-2">
        <label htmlFor="import-title" className={labelClass}>Title</label>
        <input id="import-title" name="title" required maxLength={300} placeholder="Revised draft text of the convention" className={field} />
      </div>
      <div>
        <label htmlFor="import-symbol" className={labelClass}>Document symbol (optional)</label>
        <input id="import-symbol" name="symbol" maxLength={120} placeholder="A/AC.291/22/Rev.1" className={field} />
      </div>
      <div>
        <label htmlFor="import-date" className={labelClass}>Date</label>
        <input id="import-date" name="date" type="date" required className={field} />
      </div>
      <div>
        <label htmlFor="import-language" className={labelClass}>Language</label>
        <select id="import-language" name="language" value={language} onChange={(e) => setLanguage(e.target.value)} className={field}>
          {DRAFT_LANGUAGES.map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
          <option value={OTHER_LANGUAGE}>Another language…</option>
        </select>
      </div>
      {language === OTHER_LANGUAGE && (
        <div>
          <label htmlFor="import-language-code" className={labelClass}>Language code</label>
          <input id="import-language-code" name="languageCode" required pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*" placeholder="nl, de, pt-BR" className={field} />
        </div>
      )}
    </fieldset>
  );
}
