import Link from "next/link";
import type { ReactNode } from "react";
import type { Highlight } from "@/lib/anchoring/highlight-segments";
import { provisionsOf } from "@/lib/annotations/diff-side";
import type { ComparedPair } from "@/lib/compare/types";
import type { ProvisionNode } from "@/lib/drafts/provision-tree";
import { textDirection } from "@/lib/i18n/text-direction";
import { AnnotatableDiff } from "./annotatable-diff";
import { DiffText } from "./diff-text";
import { shortName } from "@/lib/compare/article-names";
import { ArticleLinks, PairBadges } from "./pair-title";

export type CompareLayout = "side" | "inline";

/** A compared draft with what its side needs to be annotated: its provisions by id and their annotated words. */
export interface ComparedDraft {
  id: string;
  language: string;
  provisions: ReadonlyMap<string, ProvisionNode>;
  highlights: ReadonlyMap<string, readonly Highlight[]>;
}

function Cell({ language, children, label, draftId }: { language: string; children: ReactNode; label?: string | null; draftId?: string }) {
  return (
    <div lang={language} dir={textDirection(language)} data-draft-id={draftId} className="legal-text min-w-0 max-w-none whitespace-pre-line py-1.5">
      {label && <span className="provision-label">{label}</span>}
      {children}
    </div>
  );
}

/** One aligned pair: side by side in rows that scroll together, or inline in one column. */
export function PairView(props: {
  pair: ComparedPair;
  index: number;
  layout: CompareLayout;
  from: ComparedDraft;
  to: ComparedDraft;
  anchors: Map<string, string>;
  editor?: ReactNode;
  annotations?: ReactNode;
}) {
  const { pair, index, layout, from, to, anchors } = props;
  const heading = pair.to[0]?.heading ?? pair.from[0]?.heading;
  const renumbering = pair.from.length === 1 && pair.to.length === 1 && pair.renumbered ? `${shortName(pair.from[0]!)} → ${shortName(pair.to[0]!)}` : null;
  const historyOf = pair.to[0] ?? pair.from[0];
  return (
    <article id={`pair-${index + 1}`} aria-labelledby={`pair-${index + 1}-title`} className="scroll-mt-24 rounded-lg border border-stone-200 bg-white shadow-sm" data-pair-kind={pair.kind}>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 px-4 py-3">
        <h3 id={`pair-${index + 1}-title`} className="font-semibold">
          <ArticleLinks articles={pair.from} draftId={from.id} anchors={anchors} /> → <ArticleLinks articles={pair.to} draftId={to.id} anchors={anchors} />
          {heading && <span className="ms-2 font-normal text-stone-700">{heading}</span>}
        </h3>
        {renumbering && <span className="text-sm text-stone-600">Renumbered: {renumbering}</span>}
        <PairBadges pair={pair} />
        <span className="text-xs text-stone-500" title={`Paired by: ${pair.reasons.join(", ")}`}>similarity {Math.round(pair.score * 100)}%</span>
        {historyOf && <Link href={`/provisions/${historyOf.id}/history`} className="ms-auto text-sm">Clause history</Link>}
      </header>
      {pair.headingOps.some((op) => op.type !== "equal") && (
        <p className="border-b border-stone-100 px-4 py-2 text-sm">
          Heading: <DiffText ops={pair.headingOps} side="inline" />
        </p>
      )}
      <div className="px-4 py-2">{layout === "side" ? <SideBySide {...props} /> : <Inline {...props} />}</div>
      {props.annotations}
      {props.editor}
    </article>
  );
}

interface Row { key: string; fromLabel: string | null; toLabel: string | null; fromIds: string[]; toIds: string[]; ops: ComparedPair["ops"]; moved: boolean }

function rows(pair: ComparedPair): Row[] {
  if (pair.paragraphs.length > 0) {
    return pair.paragraphs.map((p, i) => ({
      key: `${p.from?.id ?? ""}-${p.to?.id ?? ""}-${i}`,
      fromLabel: p.from?.label ?? null,
      toLabel: p.to?.label ?? null,
      fromIds: p.from ? [p.from.id] : [],
      toIds: p.to ? [p.to.id] : [],
      ops: p.ops,
      moved: p.moved,
    }));
  }
  return [{ key: "whole", fromLabel: null, toLabel: null, fromIds: pair.from.map((a) => a.id), toIds: pair.to.map((a) => a.id), ops: pair.ops, moved: false }];
}

// Each side holds its own draft's words only (equal and deleted before, equal and inserted after),
// so a selection there is anchored on that draft's provision.
function Side({ row, which, draft }: { row: Row; which: "before" | "after"; draft: ComparedDraft }) {
  const ids = which === "before" ? row.fromIds : row.toIds;
  return <AnnotatableDiff ops={row.ops} side={which} provisions={provisionsOf(ids, draft.provisions)} highlights={draft.highlights} place={`${which}-`} />;
}

function SideBySide({ pair, from, to }: { pair: ComparedPair; from: ComparedDraft; to: ComparedDraft }) {
  return (
    <div role="table" aria-label="Side by side" className="grid grid-cols-2 gap-x-6">
      <div role="row" className="contents">
        <div role="columnheader" className="text-xs font-semibold uppercase tracking-wide text-stone-500">Before</div>
        <div role="columnheader" className="text-xs font-semibold uppercase tracking-wide text-stone-500">After</div>
      </div>
      {rows(pair).map((row) => (
        <div role="row" key={row.key} className={`contents ${row.moved ? "[&>div]:bg-sky-50" : ""}`}>
          <div role="cell" className="border-t border-stone-100">
            <Cell language={from.language} label={row.fromLabel} draftId={from.id}><Side row={row} which="before" draft={from} /></Cell>
          </div>
          <div role="cell" className="border-t border-stone-100">
            <Cell language={to.language} label={row.toLabel} draftId={to.id}>
              {row.moved && <span className="me-2 rounded bg-sky-100 px-1 text-xs text-sky-900">moved</span>}
              <Side row={row} which="after" draft={to} />
            </Cell>
          </div>
        </div>
      ))}
    </div>
  );
}

function Inline({ pair, to }: { pair: ComparedPair; to: ComparedDraft }) {
  return (
    <div>
      {rows(pair).map((row) => (
        <Cell key={row.key} language={to.language} label={row.toLabel ?? row.fromLabel}>
          {row.moved && <span className="me-2 rounded bg-sky-100 px-1 text-xs text-sky-900">moved</span>}
          <DiffText ops={row.ops} side="inline" />
        </Cell>
      ))}
    </div>
  );
}
