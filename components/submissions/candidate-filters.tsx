"use client";

import { useId } from "react";
import { SOURCE_KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/annotations/labels";
import type { CandidateFilter, filterOptions } from "@/lib/submissions/filter-candidates";

const field = "rounded border border-stone-300 px-2 py-1 text-sm";

type Options = ReturnType<typeof filterOptions>;

function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  // A label wrapping a select would take the chosen option into its name ("Source All").
  const id = useId();
  return (
    <div className="text-sm">
      <label htmlFor={id} className="mb-1 block font-medium">{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={field}>
        <option value="">All</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

const entries = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function CandidateFilters({ filter, options, onChange }: { filter: CandidateFilter; options: Options; onChange: (filter: CandidateFilter) => void }) {
  const set = (key: keyof CandidateFilter) => (value: string) => onChange({ ...filter, [key]: value });
  return (
    <fieldset className="flex flex-wrap gap-3">
      <legend className="sr-only">Filter the annotations</legend>
      <Select label="Article" value={filter.article} onChange={set("article")} options={options.articles.map((a) => ({ value: a, label: a }))} />
      <Select label="Tag" value={filter.tag} onChange={set("tag")} options={options.tags.map((t) => ({ value: t.slug, label: t.name }))} />
      <Select label="Source" value={filter.sourceKind} onChange={set("sourceKind")} options={entries(SOURCE_KIND_LABELS)} />
      <Select label="Stance" value={filter.stance} onChange={set("stance")} options={entries(STANCE_LABELS)} />
      <Select label="Organisation" value={filter.organizationId} onChange={set("organizationId")} options={options.organizations.map((o) => ({ value: o.id, label: o.name }))} />
      <Select label="Status" value={filter.status} onChange={set("status")} options={entries(STATUS_LABELS)} />
    </fieldset>
  );
}
