import Link from "next/link";
import type { ReactNode } from "react";
import type { ComparedPair } from "@/lib/compare/types";
import { textDirection } from "@/lib/i18n/text-direction";
import { DiffText, type DiffSide } from "./diff-text";
import { ArticleLinks, PairBadges, shortName } from "./pair-title";

export type CompareLayout = "side" | "inline";

interface DraftRef { id: string; language: string }

function Cell({ language, children, label }: { language: string; children: ReactNode; label?: string | null }) {
  return (
    <div lang={language} dir={textDirection(language)} className="legal-text min-w-0 max-w-none whitespace-pre-line py-1.5">
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
  from: DraftRef;
  to: DraftRef;
  anchors: Map<string, string>;
  editor?: ReactNode;
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
      {props.editor}
    </article>
  );
}

function rows(pair: ComparedPair): { key: string; fromLabel: string | null; toLabel: string | null; ops: ComparedPair["ops"]; moved: boolean }[] {
  if (pair.paragraphs.length > 0) {
    return pair.paragraphs.map((p, i) => ({ key: `${p.from?.id ?? ""}-${p.to?.id ?? ""}-${i}`, fromLabel: p.from?.label ?? null, toLabel: p.to?.label ?? null, ops: p.ops, moved: p.moved }));
  }
  return [{ key: "whole", fromLabel: null, toLabel: null, ops: pair.ops, moved: false }];
}

function SideBySide({ pair, from, to }: { pair: ComparedPair; from: DraftRef; to: DraftRef }) {
  return (
    <div role="table" aria-label="Side by side" className="grid grid-cols-2 gap-x-6">
      <div role="row" className="contents">
        <div role="columnheader" className="text-xs font-semibold uppercase tracking-wide text-stone-500">Before</div>
        <div role="columnheader" className="text-xs font-semibold uppercase tracking-wide text-stone-500">After</div>
      </div>
      {rows(pair).map((row) => (
        <div role="row" key={row.key} className={`contents ${row.moved ? "[&>div]:bg-sky-50" : ""}`}>
          <div role="cell" className="border-t border-stone-100">
            <Cell language={from.language} label={row.fromLabel}>{side(row.ops, "before")}</Cell>
          </div>
          <div role="cell" className="border-t border-stone-100">
            <Cell language={to.language} label={row.toLabel}>
              {row.moved && <span className="me-2 rounded bg-sky-100 px-1 text-xs text-sky-900">moved</span>}
              {side(row.ops, "after")}
            </Cell>
          </div>
        </div>
      ))}
    </div>
  );
}

function side(ops: ComparedPair["ops"], which: DiffSide) {
  return <DiffText ops={ops} side={which} />;
}

function Inline({ pair, to }: { pair: ComparedPair; to: DraftRef }) {
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
