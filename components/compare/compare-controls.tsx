import type { CompareLayout } from "./pair-view";

interface DraftOption { id: string; title: string; symbol: string | null; treaty: string }

export interface CompareParams {
  from: string;
  to: string;
  layout: CompareLayout;
  onlyChanged: boolean;
  chapter: string | null;
  search: string | null;
  ignoreWhitespace: boolean;
  ignorePunctuation: boolean;
}

/** The compare page's query as a URL: every view can be shared. */
export function compareHref(params: CompareParams, change: Partial<CompareParams> = {}): string {
  const p = { ...params, ...change };
  const query = new URLSearchParams({ from: p.from, to: p.to });
  if (p.layout === "inline") query.set("layout", "inline");
  if (p.onlyChanged) query.set("only", "changed");
  if (p.chapter) query.set("chapter", p.chapter);
  if (p.search) query.set("q", p.search);
  if (p.ignoreWhitespace) query.set("ignoreWhitespace", "1");
  if (p.ignorePunctuation) query.set("ignorePunctuation", "1");
  return `/compare?${query}`;
}

const select = "w-full rounded border border-stone-300 bg-white px-2 py-1.5";

/** A plain GET form: works without JavaScript and leaves a shareable URL. */
export function CompareControls({ params, drafts, chapters }: { params: CompareParams; drafts: DraftOption[]; chapters: string[] }) {
  const option = (d: DraftOption) => (
    <option key={d.id} value={d.id}>
      {d.title}{d.symbol ? ` (${d.symbol})` : ""} — {d.treaty}
    </option>
  );
  return (
    <form method="get" action="/compare" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm md:grid-cols-2 lg:grid-cols-4">
      <label className="md:col-span-1 lg:col-span-2">
        <span className="mb-1 block font-medium">Earlier draft</span>
        <select name="from" defaultValue={params.from} className={select}>{drafts.map(option)}</select>
      </label>
      <label className="md:col-span-1 lg:col-span-2">
        <span className="mb-1 block font-medium">Later draft</span>
        <select name="to" defaultValue={params.to} className={select}>{drafts.map(option)}</select>
      </label>
      <label>
        <span className="mb-1 block font-medium">View</span>
        <select name="layout" defaultValue={params.layout} className={select}>
          <option value="side">Side by side</option>
          <option value="inline">Inline</option>
        </select>
      </label>
      <label>
        <span className="mb-1 block font-medium">Chapter</span>
        <select name="chapter" defaultValue={params.chapter ?? ""} className={select}>
          <option value="">All chapters</option>
          {chapters.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label>
        <span className="mb-1 block font-medium">Search in articles</span>
        <input type="search" name="q" defaultValue={params.search ?? ""} className={select} />
      </label>
      <fieldset className="flex flex-col justify-end gap-1">
        <label className="flex items-center gap-2"><input type="checkbox" name="only" value="changed" defaultChecked={params.onlyChanged} /> Only articles whose text changed</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="ignoreWhitespace" value="1" defaultChecked={params.ignoreWhitespace} /> Hide whitespace changes</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="ignorePunctuation" value="1" defaultChecked={params.ignorePunctuation} /> Hide punctuation changes</label>
      </fieldset>
      <div className="lg:col-span-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">Compare</button>
      </div>
    </form>
  );
}
