import { Fragment } from "react";
import { HighlightedWords } from "@/components/annotations/highlighted-words";
import { SelectableText } from "@/components/annotations/selectable-text";
import type { Highlight } from "@/lib/anchoring/highlight-segments";
import { diffSideRuns, type ProvisionText } from "@/lib/annotations/diff-side";
import type { DiffOp } from "@/lib/diff/types";
import { DiffWords, opsOnSide } from "./diff-text";

type Props = {
  ops: DiffOp[];
  side: "before" | "after";
  /** The provisions of that side's draft the ops spell out, in reading order. */
  provisions: ProvisionText[];
  highlights: ReadonlyMap<string, readonly Highlight[]>;
  /** Keeps highlight ids apart from the other side's, where the same annotation may stand. */
  place: string;
};

/** One side of a diff whose words can be selected and annotated on that side's draft, its annotated words marked. */
export function AnnotatableDiff({ ops, side, provisions, highlights, place }: Props) {
  const shown = opsOnSide(ops, side);
  return diffSideRuns(shown, provisions, highlights).map((run, r) => {
    const pieces = run.pieces.map((piece, i) => (
      <DiffWords key={i} op={shown[piece.op]!} starts={piece.opStarts}>
        <HighlightedWords segment={piece} place={place} />
      </DiffWords>
    ));
    return run.provisionId ? <SelectableText key={r} provisionId={run.provisionId} offset={run.offset}>{pieces}</SelectableText> : <Fragment key={r}>{pieces}</Fragment>;
  });
}
