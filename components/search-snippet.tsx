import { MATCH_END, MATCH_START } from "@/lib/db/search";

/** A search snippet with its matches highlighted; the text is rendered as text, never as HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`, "u"));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(MATCH_START) ? <mark key={i} className="bg-amber-100">{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
