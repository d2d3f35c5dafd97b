/** The upload's share sent, then an indeterminate bar while the server reads and parses the draft. */
export function UploadProgress({ uploaded }: { uploaded: number | null }) {
  const reading = uploaded === null;
  return (
    <div role="status" className="space-y-1">
      <label htmlFor="import-progress" className="text-sm text-stone-700">
        {reading ? "Reading and parsing…" : `Uploading… ${Math.round(uploaded * 100)}%`}
      </label>
      {reading ? <progress id="import-progress" className="block w-full" /> : <progress id="import-progress" className="block w-full" max={1} value={uploaded} />}
    </div>
  );
}
