import type { ReactNode } from "react";
import { paragraphName } from "@/lib/compare/article-names";
import type { ComparedPair } from "@/lib/compare/types";
import { textDirection } from "@/lib/i18n/text-direction";

/** What a pair shows in one row of each layout: a pair of paragraphs, or the whole text of an added or removed article. */
export interface Row { key: string; fromLabel: string | null; toLabel: string | null; fromIds: string[]; toIds: string[]; ops: ComparedPair["ops"]; moved: boolean }

export function rows(pair: ComparedPair): Row[] {
  if (pair.paragraphs.length > 0) {
    return pair.paragraphs.map((p, i) => ({
      key: `${p.from?.id ?? ""}-${p.to?.id ?? ""}-${i}`,
      fromLabel: paragraphName(pair.from, p.from),
      toLabel: paragraphName(pair.to, p.to),
      fromIds: p.from ? [p.from.id] : [],
      toIds: p.to ? [p.to.id] : [],
      ops: p.ops,
      moved: p.moved,
    }));
  }
  return [{ key: "whole", fromLabel: null, toLabel: null, fromIds: pair.from.map((a) => a.id), toIds: pair.to.map((a) => a.id), ops: pair.ops, moved: false }];
}

export function Cell({ language, children, label, draftId, className = "py-1.5" }: { language: string; children: ReactNode; label?: string | null; draftId?: string; className?: string }) {
  return (
    <div lang={language} dir={textDirection(language)} data-draft-id={draftId} className={`legal-text min-w-0 max-w-none whitespace-pre-line ${className}`}>
      {label && <span className="provision-label">{label}</span>}
      {children}
    </div>
  );
}

export function MovedBadge() {
  return <span className="me-2 rounded bg-sky-100 px-1 text-xs text-sky-900">moved</span>;
}
