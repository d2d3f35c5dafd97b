// A download that reports its progress: the server builds the whole file before sending it (a
// Word or PDF file cannot be streamed as it is written), so the first phase is "preparing", then
// the bytes arrive with a known length, then the browser saves them under the server's file name.

export type DownloadProgress =
  | { phase: "preparing" }
  | { phase: "receiving"; received: number; total: number | null }
  | { phase: "done"; filename: string; bytes: number; leftOut: number }
  | { phase: "failed"; message: string };

export async function downloadFile(url: string, report: (progress: DownloadProgress) => void): Promise<void> {
  report({ phase: "preparing" });
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch {
    return report({ phase: "failed", message: "The server could not be reached. Check your connection and try again." });
  }
  if (!response.ok || !response.body) return report({ phase: "failed", message: await errorMessage(response) });
  const total = Number(response.headers.get("content-length")) || null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    report({ phase: "receiving", received, total });
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "submission";
  save(new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" }), filename);
  report({ phase: "done", filename, bytes: received, leftOut: Number(response.headers.get("x-draftwatch-left-out")) || 0 });
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    if (body.error) return body.error;
  } catch {
    // Not JSON: the status says enough.
  }
  return `The export failed (${response.status} ${response.statusText}). Try again; if it keeps failing, tell your administrator.`;
}

function save(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
