import { compareHref, type CompareParams } from "@/lib/compare/compare-url";
import { CompareForm, type ApplyWhen } from "./compare-form";

interface DraftOption { id: string; title: string; symbol: string | null; treaty: string }

const select = "w-full rounded border border-stone-300 bg-white px-2 py-1.5";
const apply = (when: ApplyWhen) => ({ "data-apply": when });

/**
 * The drafts to compare (applied with the button: choosing the two is one step) and the filters
 * (applied as they change). The layout is switched in the toolbar and kept here for the address.
 */
export function CompareControls({ params, drafts, chapters }: { params: CompareParams; drafts: DraftOption[]; chapters: string[] }) {
  const option = (d: DraftOption) => (
    <option key={d.id} value={d.id}>
      {d.title}{d.symbol ? ` (${d.symbol})` : ""} — {d.treaty}
    </option>
  );
  return (
    <CompareForm href={compareHref(params)} className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm md:grid-cols-2 lg:grid-cols-4">
      <label className="md:col-span-1 lg:col-span-2">
        <span className="mb-1 block font-medium">Earlier draft</span>
        <select name="from" defaultValue={params.from} className={select}>{drafts.map(option)}</select>
      </label>
      <label className="md:col-span-1 lg:col-span-2">
        <span className="mb-1 block font-medium">Later draft</span>
        <select name="to" defaultValue={params.to} className={select}>{drafts.map(option)}</select>
      </label>
      <input type="hidden" name="layout" value={params.layout} />
      <label>
        <span className="mb-1 block font-medium">Chapter</span>
        <select name="chapter" defaultValue={params.chapter ?? ""} className={select} {...apply("at-once")}>
          <option value="">All chapters</option>
          {chapters.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label>
        <span className="mb-1 block font-medium">Search in articles</span>
        <input type="search" name="q" defaultValue={params.search ?? ""} className={select} {...apply("after-typing")} />
      </label>
      <fieldset className="flex flex-col justify-end gap-1 lg:col-span-2">
        <label className="flex items-center gap-2"><input type="checkbox" name="only" value="changed" defaultChecked={params.onlyChanged} {...apply("at-once")} /> Only articles whose text changed</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="ignoreWhitespace" value="1" defaultChecked={params.ignoreWhitespace} {...apply("at-once")} /> Hide whitespace changes</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="ignorePunctuation" value="1" defaultChecked={params.ignorePunctuation} {...apply("at-once")} /> Hide punctuation changes</label>
      </fieldset>
      <div className="lg:col-span-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">Compare</button>
      </div>
    </CompareForm>
  );
}
