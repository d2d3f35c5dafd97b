import type { TocEntry } from "@/lib/drafts/provision-tree";

export function DraftTableOfContents({ entries, language }: { entries: TocEntry[]; language: string }) {
  return (
    <nav aria-label="Table of contents" className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
      <h2 lang="en" className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-500">Contents</h2>
      <div lang={language}>
        <TocList entries={entries} />
      </div>
    </nav>
  );
}

const UNLABELLED: Record<string, string> = { PREAMBLE: "Preamble", ANNEX: "Annex" };

function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {entries.map((entry) => (
        <li key={entry.anchor}>
          <a href={`#${entry.anchor}`} className={entry.kind === "ARTICLE" ? "text-stone-800" : "font-semibold text-stone-900"}>
            {[entry.label, entry.heading].filter(Boolean).join(". ") || UNLABELLED[entry.kind] || entry.kind}
          </a>
          {entry.children.length > 0 && <div className="ms-3 mt-1"><TocList entries={entry.children} /></div>}
        </li>
      ))}
    </ul>
  );
}
