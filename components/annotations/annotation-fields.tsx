import { SOURCE_KINDS, STANCES, VISIBILITIES } from "@/lib/operations/annotations/annotation.schema";
import { SOURCE_KIND_LABELS, STANCE_LABELS, VISIBILITY_LABELS } from "@/lib/annotations/labels";
import type { AnnotationFormValues } from "@/lib/annotations/form-values";
import type { TagOption } from "./workspace-context";

// The annotation form's plain fields. Uncontrolled: the form is never reset by React (it is
// posted from onSubmit), so what the analyst chose stays through a refusal.

const legend = "mb-1 text-sm font-medium";
const field = "w-full rounded border border-stone-300 px-3 py-2 text-sm";

export function TagChecklist({ tags, chosen }: { tags: TagOption[]; chosen: string[] }) {
  return (
    <fieldset>
      <legend className={legend}>Tags</legend>
      {tags.length === 0 ? (
        <p className="text-sm text-stone-600">No tags yet: editors add them to the shared list.</p>
      ) : (
        <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
          {tags.map((tag) => (
            <label key={tag.slug} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="tags" value={tag.slug} defaultChecked={chosen.includes(tag.slug)} />
              {tag.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

export function StanceChoice({ value }: { value: AnnotationFormValues["stance"] }) {
  return (
    <fieldset>
      <legend className={legend}>Stance</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {STANCES.map((stance) => (
          <label key={stance} className="flex items-center gap-2 text-sm">
            <input type="radio" name="stance" value={stance} defaultChecked={value === stance} required />
            {STANCE_LABELS[stance]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SourceFields({ kind, organization, idPrefix }: { kind: AnnotationFormValues["sourceKind"]; organization: string; idPrefix: string }) {
  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
      <div>
        <label htmlFor={`${idPrefix}-source-kind`} className={`${legend} block`}>Source type</label>
        <select id={`${idPrefix}-source-kind`} name="sourceKind" defaultValue={kind} className={field}>
          {SOURCE_KINDS.map((k) => <option key={k} value={k}>{SOURCE_KIND_LABELS[k]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-source-organization`} className={`${legend} block`}>Source organisation</label>
        <input id={`${idPrefix}-source-organization`} name="sourceOrganization" defaultValue={organization} maxLength={200} className={field} />
      </div>
    </div>
  );
}

export function VisibilityChoice({ value }: { value: AnnotationFormValues["visibility"] }) {
  return (
    <fieldset>
      <legend className={legend}>Who can see it</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {VISIBILITIES.map((visibility) => (
          <label key={visibility} className="flex items-center gap-2 text-sm">
            <input type="radio" name="visibility" value={visibility} defaultChecked={value === visibility} />
            {VISIBILITY_LABELS[visibility]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
