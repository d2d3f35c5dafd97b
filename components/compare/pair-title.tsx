import Link from "next/link";
import { PAIR_KIND_LABELS, shortName } from "@/lib/compare/article-names";
import type { ComparedPair } from "@/lib/compare/types";


const KIND_STYLE: Record<ComparedPair["kind"], string> = {
  unchanged: "bg-stone-100 text-stone-700",
  changed: "bg-amber-100 text-amber-900",
  split: "bg-violet-100 text-violet-900",
  merged: "bg-violet-100 text-violet-900",
  added: "bg-green-100 text-green-900",
  removed: "bg-red-100 text-red-900",
};

export function PairBadges({ pair }: { pair: ComparedPair }) {
  return (
    <span className="flex flex-wrap gap-1 text-xs font-semibold">
      <span className={`rounded px-1.5 py-0.5 ${KIND_STYLE[pair.kind]}`}>{PAIR_KIND_LABELS[pair.kind]}</span>
      {pair.renumbered && <span className="rounded bg-stone-200 px-1.5 py-0.5 text-stone-800">renumbered</span>}
      {pair.moved && <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-900">moved</span>}
      {pair.confirmed && <span className="rounded bg-blue-100 px-1.5 py-0.5 text-blue-900">confirmed</span>}
    </span>
  );
}

export function ArticleLinks({ articles, draftId, anchors }: { articles: ComparedPair["from"]; draftId: string; anchors: Map<string, string> }) {
  if (articles.length === 0) return <span className="text-stone-500">—</span>;
  return (
    <>
      {articles.map((a, i) => (
        <span key={a.id}>
          {i > 0 && " + "}
          <Link href={`/drafts/${draftId}#${anchors.get(a.id) ?? ""}`}>{shortName(a)}</Link>
        </span>
      ))}
    </>
  );
}
