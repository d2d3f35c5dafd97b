import type { DiffOp } from "../diff/types";
import type { ComparedPair, Comparison } from "./types";

// The command line's rendering of a comparison: ANSI colours on a terminal, word-diff markers
// ([-deleted-] {+inserted+}, moves as [~…~] and {~…~}) when piped, as git's --word-diff does.

const ANSI = { del: "\x1b[31;9m", ins: "\x1b[32;4m", move: "\x1b[36m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m" };

export function articleLabels(articles: ComparedPair["from"]): string[] {
  return articles.map((a) => a.label ?? (a.number ? `Article ${a.number}` : "(unnumbered article)"));
}

function renderOps(ops: DiffOp[], colour: boolean): string {
  return ops
    .map((op) => {
      if (op.type === "equal") return op.text;
      if (colour) return `${op.type === "delete" ? ANSI.del : op.type === "insert" ? ANSI.ins : ANSI.move}${op.text}${ANSI.reset}`;
      const [open, close] = { delete: ["[-", "-]"], insert: ["{+", "+}"], "move-from": ["[~", "~]"], "move-to": ["{~", "~}"] }[op.type];
      return `${open}${op.text}${close}`;
    })
    .join("");
}

function pairTitle(pair: ComparedPair): string {
  const from = articleLabels(pair.from).join(" + ") || "—";
  const to = articleLabels(pair.to).join(" + ") || "—";
  const flags = [pair.kind, pair.renumbered && "renumbered", pair.moved && "moved"].filter(Boolean).join(", ");
  const heading = pair.to[0]?.heading ?? pair.from[0]?.heading ?? "";
  return `${from} → ${to}${heading ? `  ${heading}` : ""}  [${flags}] ${pair.score.toFixed(2)}`;
}

export function renderSummaryLine(comparison: Comparison): string {
  const s = comparison.summary;
  return (
    `${s.articles.from} → ${s.articles.to} articles: ${s.unchanged} unchanged, ${s.changed} changed, ${s.added} added, ${s.removed} removed, ` +
    `${s.renumbered} renumbered, ${s.moved} moved, ${s.split} split, ${s.merged} merged; ` +
    `${s.wordsInserted} words inserted, ${s.wordsDeleted} deleted, ${s.wordsMoved} moved`
  );
}

export function renderComparison(comparison: Comparison, colour: boolean): string {
  const out = [colour ? `${ANSI.bold}${renderSummaryLine(comparison)}${ANSI.reset}` : renderSummaryLine(comparison), ""];
  for (const pair of comparison.pairs) {
    out.push(colour ? `${ANSI.bold}${pairTitle(pair)}${ANSI.reset}` : pairTitle(pair));
    if (pair.kind !== "unchanged") out.push(indent(renderOps(pair.ops, colour)));
    out.push("");
  }
  return out.join("\n");
}

function indent(text: string): string {
  return text.split("\n").map((line) => `    ${line}`).join("\n");
}

/** The `--json` shape: articles by their printed numbers, with the diff operations. */
export function comparisonJson(comparison: Comparison) {
  return {
    summary: comparison.summary,
    pairs: comparison.pairs.map((pair) => ({
      from: articleLabels(pair.from),
      to: articleLabels(pair.to),
      kind: pair.kind,
      renumbered: pair.renumbered,
      moved: pair.moved,
      score: pair.score,
      reasons: pair.reasons,
      ops: pair.ops,
    })),
  };
}
