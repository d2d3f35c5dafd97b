"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { fileTooLarge, MAX_DRAFT_FILE_BYTES } from "@/lib/draft-import/types";
import type { PreviewProvision } from "@/lib/draft-text/preview-tree";
import { DraftMetadataFields } from "./draft-metadata-fields";
import { DraftPreview } from "./draft-preview";
import { DraftSourceFields } from "./draft-source-fields";
import { formLanguage, formMetadata } from "./form-metadata";
import { postPreview } from "./post-preview";
import { UploadProgress } from "./upload-progress";

export type { TreatyChoice } from "./draft-metadata-fields";
import type { TreatyChoice } from "./draft-metadata-fields";

interface Preview {
  tree: PreviewProvision[];
  fileWarnings: string[];
  pages: number | null;
}

/** The import page's form: read the draft into a preview, correct it, save it. */
export function ImportDraft({ treaties }: { treaties: TreatyChoice[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  /** Share of the file sent; null while the server reads it; undefined when idle. */
  const [uploaded, setUploaded] = useState<number | null | undefined>(undefined);
  const [readError, setReadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const reading = uploaded !== undefined;

  async function readDraft(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const upload = new FormData();
    upload.set("language", formLanguage(data));
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_DRAFT_FILE_BYTES) return setReadError(fileTooLarge(file.size).message);
      upload.set("file", file);
    } else {
      upload.set("text", String(data.get("text") ?? ""));
    }
    setReadError(null);
    setUploaded(0);
    const result = await postPreview(upload, setUploaded, () => setUploaded(null));
    setUploaded(undefined);
    if (!result.ok) return setReadError(result.error);
    const { provisions, fileWarnings, pages } = result.preview;
    setPreview({ tree: provisions, fileWarnings, pages });
    setSaveError(null);
  }

  async function save() {
    if (!preview || !form.current?.reportValidity()) return;
    setSaving(true);
    setSaveError(null);
    try {
      const response = await fetch("/api/drafts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...formMetadata(new FormData(form.current)), provisions: preview.tree }),
      });
      const body = (await response.json().catch(() => null)) as { url?: string; error?: string } | null;
      if (response.ok && body?.url) return router.push(body.url);
      setSaveError(body?.error ?? `The draft could not be saved (error ${response.status}). Your corrections are kept: try again.`);
    } catch {
      setSaveError("The server could not be reached. Your corrections are kept: try again.");
    }
    setSaving(false);
  }

  return (
    <div className="space-y-8">
      <form ref={form} onSubmit={readDraft} className="space-y-6 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <DraftMetadataFields treaties={treaties} />
        <DraftSourceFields />
        {reading && <UploadProgress uploaded={uploaded} />}
        {readError && <p role="alert" className="text-sm text-red-700">{readError}</p>}
        <button type="submit" formNoValidate disabled={reading} className="rounded bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          {preview ? "Read the draft again" : "Read the draft"}
        </button>
      </form>
      {preview && (
        <>
          <DraftPreview tree={preview.tree} fileWarnings={preview.fileWarnings} pages={preview.pages} onChange={(tree) => setPreview({ ...preview, tree })} />
          <div className="flex items-center gap-4">
            <button type="button" onClick={save} disabled={saving} className="rounded bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60">
              {saving ? "Saving…" : "Save the draft"}
            </button>
            {saveError && <p role="alert" className="text-sm text-red-700">{saveError}</p>}
          </div>
        </>
      )}
    </div>
  );
}
