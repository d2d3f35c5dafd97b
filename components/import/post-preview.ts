import type { DraftPreview } from "@/lib/operations/preview-draft";

export type PreviewResult = { ok: true; preview: DraftPreview } | { ok: false; error: string };

// XMLHttpRequest rather than fetch: only it reports how much of the file has been sent.
/** Uploads the draft for its preview; `onUploaded` gets the share sent (0–1), then `onSent` fires while the server reads it. */
export function postPreview(form: FormData, onUploaded: (share: number) => void, onSent: () => void): Promise<PreviewResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/drafts/preview");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploaded(event.loaded / event.total);
    };
    request.upload.onload = onSent;
    request.onload = () => {
      const body = request.response as (DraftPreview & { error?: string }) | null;
      if (request.status === 200 && body) resolve({ ok: true, preview: body });
      else resolve({ ok: false, error: body?.error ?? `The server could not read the draft (error ${request.status}). Try again.` });
    };
    request.onerror = () => resolve({ ok: false, error: "The upload failed: check your connection and try again." });
    request.send(form);
  });
}
