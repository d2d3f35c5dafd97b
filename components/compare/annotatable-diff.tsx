import { Fragment } from "react";
import { HighlightedWords } from "@/components/annotations/highlighted-words";
import { SelectableText } from "@/components/annotations/selectable-text";
import type { SideRun } from "@/lib/annotations/diff-side";
import type { DiffOp } from "@/lib/diff/types";
import { DiffWords } from "./diff-text";

type Props = {
  /** The ops one side shows; the runs' pieces name them by index. */
  ops: readonly DiffOp[];
  /** That side's words as provision text (lib/annotations/diff-side), or a part of them. */
  runs: readonly SideRun[];
  /** Keeps highlight ids apart from the other side's, where the same annotation may stand. */
  place: string;
};

/** One side of a diff whose words can be selected and annotated on that side's draft, its annotated words marked. */
export function AnnotatableDiff({ ops, runs, place }: Props) {
  return runs.map((run, r) => {
    const pieces = run.pieces.map((piece, i) => (
      <DiffWords key={i} op={ops[piece.op]!} starts={piece.opStarts}>
        <HighlightedWords segment={piece} place={place} />
      </DiffWords>
    ));
    return run.provisionId ? <SelectableText key={r} provisionId={run.provisionId} offset={run.offset}>{pieces}</SelectableText> : <Fragment key={r}>{pieces}</Fragment>;
  });
}
