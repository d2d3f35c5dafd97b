import type { ReactNode } from "react";
import { opsOnSide, type DiffSide } from "@/lib/compare/diff-sides";
import type { DiffOp } from "@/lib/diff/types";

/**
 * An op's words, or a piece of them where a provision or a highlight cuts it: only the first
 * piece of a change is a stop for the change navigator and says that words moved. That is said
 * by generated content, not text, so that a selection still counts the draft's words only.
 */
export function DiffWords({ op, starts = true, children }: { op: DiffOp; starts?: boolean; children: ReactNode }) {
  const change = starts || undefined;
  switch (op.type) {
    case "equal":
      return <span>{children}</span>;
    case "delete":
      return <del data-change={change} className="diff-delete">{children}</del>;
    case "insert":
      return <ins data-change={change} className="diff-insert">{children}</ins>;
    default:
      return (
        <mark
          data-change={change}
          data-moved={starts ? (op.type === "move-from" ? "moved from here: " : "moved here: ") : undefined}
          className="diff-move before:sr-only before:content-[attr(data-moved)]"
          title={op.type === "move-from" ? `Moved from here (move ${op.moveId})` : `Moved here (move ${op.moveId})`}
        >
          {children}
        </mark>
      );
  }
}

/** A diff as one side of the text (before, after) or both interleaved (inline). */
export function DiffText({ ops, side }: { ops: DiffOp[]; side: DiffSide }) {
  return opsOnSide(ops, side).map((op, i) => <DiffWords key={i} op={op}>{op.text}</DiffWords>);
}
