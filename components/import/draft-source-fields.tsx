"use client";

const labelClass = "mb-1 block text-sm font-medium";

/** Where the draft's text comes from: a file as published, or text pasted from elsewhere. */
export function DraftSourceFields() {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-lg font-semibold">The text</legend>
      <div>
        <label htmlFor="import-file" className={labelClass}>File (.docx, .pdf or .txt, up to 20 MB)</label>
        <input id="import-file" name="file" type="file" accept=".docx,.pdf,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="block text-sm" />
      </div>
      <div>
        <label htmlFor="import-text" className={labelClass}>Or paste the text</label>
        <textarea id="import-text" name="text" rows={6} className="w-full rounded border border-stone-300 bg-white px-3 py-2 font-mono text-sm" placeholder={"Article 1\nStatement of purpose\n\n1. …"} />
      </div>
    </fieldset>
  );
}
