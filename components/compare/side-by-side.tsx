import type { Highlight } from "@/lib/anchoring/highlight-segments";
import { cutRuns } from "@/lib/annotations/cut-runs";
import { diffSideRuns, provisionsOf } from "@/lib/annotations/diff-side";
import { opsOnSide } from "@/lib/compare/diff-sides";
import { sharedLineStarts } from "@/lib/compare/shared-line-starts";
import type { ComparedPair } from "@/lib/compare/types";
import type { ProvisionNode } from "@/lib/drafts/provision-tree";
import { AnnotatableDiff } from "./annotatable-diff";
import { Cell, MovedBadge, rows, type Row } from "./pair-rows";

/** A compared draft with what its side needs to be annotated: its provisions by id and their annotated words. */
export interface ComparedDraft {
  id: string;
  language: string;
  provisions: ReadonlyMap<string, ProvisionNode>;
  highlights: ReadonlyMap<string, readonly Highlight[]>;
}

// Each side holds its own draft's words only (equal and deleted before, equal and inserted after),
// so a selection there is anchored on that draft's provision.
function sideOf(row: Row, which: "before" | "after", draft: ComparedDraft) {
  const ops = opsOnSide(row.ops, which);
  const ids = which === "before" ? row.fromIds : row.toIds;
  return { ops, runs: diffSideRuns(ops, provisionsOf(ids, draft.provisions), draft.highlights) };
}

/**
 * A row in parts that start level on both sides: at every line both sides begin with the same
 * words. The page scrolls as one, so the two columns stay in step down a long article without a
 * scroll pane of their own (which would trap the wheel and hide words from the browser's find).
 */
function RowInStep({ row, from, to }: { row: Row; from: ComparedDraft; to: ComparedDraft }) {
  const before = sideOf(row, "before", from);
  const after = sideOf(row, "after", to);
  const starts = sharedLineStarts(row.ops);
  const afterParts = cutRuns(after.runs, starts.map((start) => start.after));
  return cutRuns(before.runs, starts.map((start) => start.before)).map((beforePart, i) => {
    const first = i === 0;
    const padding = `${first ? "pt-1.5" : ""} ${i === starts.length ? "pb-1.5" : ""}`;
    return (
      <div role="row" key={i} className={`contents ${row.moved ? "[&>div]:bg-sky-50" : ""}`}>
        <div role="cell" className={first ? "border-t border-stone-100" : ""}>
          <Cell language={from.language} label={first ? row.fromLabel : null} draftId={from.id} className={padding}>
            <AnnotatableDiff ops={before.ops} runs={beforePart} place="before-" />
          </Cell>
        </div>
        <div role="cell" className={first ? "border-t border-stone-100" : ""}>
          <Cell language={to.language} label={first ? row.toLabel : null} draftId={to.id} className={padding}>
            {first && row.moved && <MovedBadge />}
            <AnnotatableDiff ops={after.ops} runs={afterParts[i]!} place="after-" />
          </Cell>
        </div>
      </div>
    );
  });
}

export function SideBySide({ pair, from, to }: { pair: ComparedPair; from: ComparedDraft; to: ComparedDraft }) {
  return (
    <div role="table" aria-label="Side by side" className="grid grid-cols-2 gap-x-6">
      <div role="row" className="contents">
        <div role="columnheader" className="text-xs font-semibold uppercase tracking-wide text-stone-500">Before</div>
        <div role="columnheader" className="text-xs font-semibold uppercase tracking-wide text-stone-500">After</div>
      </div>
      {rows(pair).map((row) => <RowInStep key={row.key} row={row} from={from} to={to} />)}
    </div>
  );
}
