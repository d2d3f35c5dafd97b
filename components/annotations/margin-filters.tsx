import Form from "next/form";
import Link from "next/link";
import { SOURCE_KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/annotations/labels";
import type { MarginFilter } from "@/lib/annotations/margin-filter";
import type { TagOption } from "./workspace-context";

export interface FilterOptions {
  tags: TagOption[];
  authors: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
}

const field = "w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm";

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={`margin-filter-${name}`} className="block text-xs font-medium text-stone-700">{label}</label>
      <select id={`margin-filter-${name}`} name={name} defaultValue={value ?? ""} className={`${field} mt-0.5`}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => <option key={optionValue} value={optionValue}>{optionLabel}</option>)}
      </select>
    </div>
  );
}

/** The margin's filters as a GET form: the filtered view is a URL one can share. */
export function MarginFilters({ draftId, filter, options, filtered }: { draftId: string; filter: MarginFilter; options: FilterOptions; filtered: boolean }) {
  return (
    <details open={filtered} className="mb-4 rounded border border-stone-200 bg-white px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium">Filter annotations</summary>
      {/* key: after "Clear filters" the fields show the new URL's values, not the old ones. */}
      <Form key={JSON.stringify(filter)} action={`/drafts/${draftId}`} className="mt-2 grid grid-cols-2 gap-2">
        <Select name="tag" label="Tag" value={filter.tags[0]} options={options.tags.map((t) => [t.slug, t.name])} />
        <Select name="source" label="Source type" value={filter.sourceKind} options={Object.entries(SOURCE_KIND_LABELS)} />
        <Select name="stance" label="Stance" value={filter.stance} options={Object.entries(STANCE_LABELS)} />
        <Select name="status" label="Status" value={filter.status} options={Object.entries(STATUS_LABELS)} />
        <Select name="author" label="Author" value={filter.authorId} options={options.authors.map((a) => [a.id, a.name])} />
        <Select name="organisation" label="Organisation" value={filter.organizationId} options={options.organizations.map((o) => [o.id, o.name])} />
        <div className="col-span-2 flex items-center gap-3">
          <button type="submit" className="rounded bg-blue-800 px-3 py-1 text-sm font-medium text-white">Apply filters</button>
          {filtered && <Link href={`/drafts/${draftId}`} className="text-sm">Clear filters</Link>}
        </div>
      </Form>
    </details>
  );
}
