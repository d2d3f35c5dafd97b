"use client";

import { RichTextEditor } from "@/components/rich-text/rich-text-editor";
import type { RichTextDoc } from "@/lib/rich-text/types";

export interface SubmissionDetailsValue {
  title: string;
  /** One signing organisation per line, in signing order. */
  signatories: string;
  introduction: RichTextDoc | null;
}

const field = "w-full rounded border border-stone-300 px-2 py-1";

/** Title, signatories and introduction: the title page and opening of the document. */
export function SubmissionDetails({ value, onChange }: { value: SubmissionDetailsValue; onChange: (value: SubmissionDetailsValue) => void }) {
  return (
    <div className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-2">
      <label className="text-sm md:col-span-2">
        <span className="mb-1 block font-medium">Title</span>
        <input value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} required maxLength={300} className={field} dir="auto" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Signed by</span>
        <span className="mb-1 block text-stone-600">One organisation per line, in the order they sign.</span>
        <textarea value={value.signatories} onChange={(e) => onChange({ ...value, signatories: e.target.value })} rows={4} className={field} dir="auto" />
      </label>
      <div className="text-sm">
        <RichTextEditor name="introduction" label="Introduction" value={value.introduction ?? undefined} onChange={(introduction) => onChange({ ...value, introduction })} />
      </div>
    </div>
  );
}
