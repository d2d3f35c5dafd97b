import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist</h1>
      <p className="mt-3 text-stone-600">The address may be mistyped, or the draft may have been removed.</p>
      <p className="mt-6"><Link href="/">Back to treaties and drafts</Link></p>
    </div>
  );
}
