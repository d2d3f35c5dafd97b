"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600">Nothing you entered was lost. Try again; if it keeps failing, the server log says why (for example, a database that stopped).</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-blue-800 px-4 py-2 text-white">Try again</button>
    </div>
  );
}
