import Link from "next/link";
import type { ReactNode } from "react";
import { renumbering, shortName } from "@/lib/compare/article-names";
import type { CompareLayout } from "@/lib/compare/compare-url";
import { pairAddress } from "@/lib/compare/pair-anchor";
import type { ComparedPair } from "@/lib/compare/types";
import { DiffText } from "./diff-text";
import { Cell, MovedBadge, rows } from "./pair-rows";
import { ArticleLinks, PairBadges } from "./pair-title";
import { SideBySide, type ComparedDraft } from "./side-by-side";

/** One aligned pair: side by side in rows that keep in step, or inline in one column. */
export function PairView(props: {
  pair: ComparedPair;
  /** Its place in the whole comparison, from 1: what links to pairs went by before pairs had names. */
  number: number;
  layout: CompareLayout;
  from: ComparedDraft;
  to: ComparedDraft;
  anchors: Map<string, string>;
  editor?: ReactNode;
  annotations?: ReactNode;
}) {
  const { pair, number, layout, from, to, anchors } = props;
  const heading = pair.to[0]?.heading ?? pair.from[0]?.heading;
  const renumbered = pair.from.length === 1 && pair.to.length === 1 && pair.renumbered ? renumbering([shortName(pair.from[0]!)], [shortName(pair.to[0]!)]) : null;
  const historyOf = pair.to[0] ?? pair.from[0];
  const address = pairAddress(pair, anchors);
  const { id } = address;
  const articles = { before: address.from, after: address.to };
  return (
    <article
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-24 rounded-lg border border-stone-200 bg-white shadow-sm"
      data-pair-kind={pair.kind}
      data-pair-number={number}
      data-before={articles.before.join(" ")}
      data-after={articles.after.join(" ")}
    >
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 px-4 py-3">
        <h3 id={`${id}-title`} className="font-semibold">
          <ArticleLinks articles={pair.from} draftId={from.id} anchors={anchors} /> → <ArticleLinks articles={pair.to} draftId={to.id} anchors={anchors} />
          {heading && <span className="ms-2 font-normal text-stone-700">{heading}</span>}
        </h3>
        {renumbered && <span className="text-sm text-stone-600">Renumbered: {renumbered}</span>}
        <PairBadges pair={pair} />
        <span className="text-xs text-stone-500" title={`Paired by: ${pair.reasons.join(", ")}`}>similarity {Math.round(pair.score * 100)}%</span>
        <span className="ms-auto flex gap-4 text-sm">
          <a href={`#${id}`}>Link to this pair</a>
          {historyOf && <Link href={`/provisions/${historyOf.id}/history`}>Clause history</Link>}
        </span>
      </header>
      {pair.headingOps.some((op) => op.type !== "equal") && (
        <p className="border-b border-stone-100 px-4 py-2 text-sm">
          Heading: <DiffText ops={pair.headingOps} side="inline" />
        </p>
      )}
      <div className="px-4 py-2">{layout === "side" ? <SideBySide pair={pair} from={from} to={to} /> : <Inline pair={pair} to={to} />}</div>
      {props.annotations}
      {props.editor}
    </article>
  );
}

function Inline({ pair, to }: { pair: ComparedPair; to: ComparedDraft }) {
  return (
    <div>
      {rows(pair).map((row) => (
        <Cell key={row.key} language={to.language} label={row.toLabel ?? row.fromLabel}>
          {row.moved && <MovedBadge />}
          <DiffText ops={row.ops} side="inline" />
        </Cell>
      ))}
    </div>
  );
}
