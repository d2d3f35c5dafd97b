import type { DiffOp } from "@/lib/diff/types";

export type DiffSide = "before" | "after" | "inline";

const SHOWN: Record<DiffSide, Set<DiffOp["type"]>> = {
  before: new Set(["equal", "delete", "move-from"]),
  after: new Set(["equal", "insert", "move-to"]),
  inline: new Set(["equal", "delete", "insert", "move-from", "move-to"]),
};

/** A diff as one side of the text (before, after) or both interleaved (inline). */
export function DiffText({ ops, side }: { ops: DiffOp[]; side: DiffSide }) {
  return (
    <>
      {ops
        .map((op, i) => ({ op, i }))
        .filter(({ op }) => SHOWN[side].has(op.type))
        .map(({ op, i }) => {
          switch (op.type) {
            case "equal":
              return <span key={i}>{op.text}</span>;
            case "delete":
              return <del key={i} data-change className="diff-delete">{op.text}</del>;
            case "insert":
              return <ins key={i} data-change className="diff-insert">{op.text}</ins>;
            default:
              return (
                <mark key={i} data-change className="diff-move" title={op.type === "move-from" ? `Moved from here (move ${op.moveId})` : `Moved here (move ${op.moveId})`}>
                  <span className="sr-only">{op.type === "move-from" ? "moved from here: " : "moved here: "}</span>
                  {op.text}
                </mark>
              );
          }
        })}
    </>
  );
}
