"use client";

import { useState } from "react";
import { FILE_TYPES } from "@/lib/export/file-types";
import { downloadFile, type DownloadProgress } from "./download-file";

const FORMATS = Object.entries(FILE_TYPES).map(([name, type]) => ({ name, label: type.label }));

function kilobytes(bytes: number) {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;
}

function ProgressLine({ progress, label }: { progress: DownloadProgress; label: string }) {
  switch (progress.phase) {
    case "preparing":
      return <p role="status" className="flex items-center gap-2 text-sm"><progress aria-label={`Preparing the ${label}`} className="w-40" /> Preparing the {label}…</p>;
    case "receiving":
      return (
        <p role="status" className="flex items-center gap-2 text-sm">
          <progress aria-label={`Downloading the ${label}`} className="w-40" value={progress.received} max={progress.total ?? undefined} /> Downloading {kilobytes(progress.received)}
          {progress.total ? ` of ${kilobytes(progress.total)}` : ""}…
        </p>
      );
    case "done":
      return (
        <p role="status" className="text-sm text-green-800">
          Downloaded {progress.filename} ({kilobytes(progress.bytes)}).
          {progress.leftOut > 0 && ` ${progress.leftOut} annotation${progress.leftOut === 1 ? "" : "s"} you may not see ${progress.leftOut === 1 ? "was" : "were"} left out.`}
        </p>
      );
    case "failed":
      return <p role="alert" className="text-sm text-red-700">{progress.message}</p>;
  }
}

/** Downloads of the saved submission, one format at a time, each with its progress. */
export function ExportPanel({ submissionId, unsaved, itemCount }: { submissionId: string; unsaved: boolean; itemCount: number }) {
  const [current, setCurrent] = useState<{ label: string; progress: DownloadProgress } | null>(null);
  const busy = current?.progress.phase === "preparing" || current?.progress.phase === "receiving";
  const start = (format: (typeof FORMATS)[number]) =>
    downloadFile(`/api/submissions/${submissionId}/export/${format.name}`, (progress) => setCurrent({ label: format.label, progress }));
  return (
    <section aria-labelledby="export-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="export-heading" className="text-lg font-semibold">Download</h2>
      {unsaved ? (
        <p className="mt-1 text-sm text-amber-800">Save your changes first: downloads hold the submission as saved.</p>
      ) : (
        <p className="mt-1 text-sm text-stone-600">{itemCount === 0 ? "The submission is empty: a download holds the title page and introduction only." : `${itemCount} annotation${itemCount === 1 ? "" : "s"}, in the order above.`}</p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {FORMATS.map((format) => (
          <button key={format.name} type="button" disabled={busy || unsaved} onClick={() => start(format)} className="rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-50">
            {format.label}
          </button>
        ))}
      </div>
      {current && <div className="mt-3"><ProgressLine progress={current.progress} label={current.label} /></div>}
    </section>
  );
}
