// Alignment accuracy over many variants, broken down so that a failing bar says where it fails:
// by what was done to the draft, by the kind of pair expected, and with the pairs it got wrong.

import type { AlignableArticle, ArticlePair } from "../../../../lib/alignment/types";
import type { ExpectedPair } from "./expected";
import { score } from "./expected";

interface Tally {
  correct: number;
  total: number;
}

export class Accuracy {
  private readonly groups = new Map<string, Tally>();
  private readonly failures: string[] = [];
  correct = 0;
  total = 0;

  /** Scores one variant; `groups` are the headings it counts under ("kind editText", "source nl"). */
  add(name: string, groups: readonly string[], from: readonly AlignableArticle[], to: readonly AlignableArticle[], expected: readonly ExpectedPair[], actual: readonly ArticlePair[]): void {
    const result = score(expected, actual);
    this.correct += result.correct;
    this.total += result.total;
    for (const group of groups) this.count(group, result);
    for (const pair of expected) {
      const size = pair.from.length + pair.to.length;
      const wrong = result.wrong.includes(pair);
      this.count(`pair ${pair.kind}`, { correct: wrong ? 0 : size, total: size });
      if (wrong) this.failures.push(`${name}: expected ${describe(pair, from, to)}; got ${gotFor(pair, actual, from, to)}`);
    }
  }

  private count(group: string, { correct, total }: Tally): void {
    const tally = this.groups.get(group) ?? { correct: 0, total: 0 };
    this.groups.set(group, { correct: tally.correct + correct, total: tally.total + total });
  }

  rate(group?: string): number {
    const tally = group === undefined ? this : this.groups.get(group);
    return tally && tally.total > 0 ? tally.correct / tally.total : 1;
  }

  /** All articles and each kind of pair, on one line. */
  headline(): string {
    const kinds = [...this.groups.keys()].filter((group) => group.startsWith("pair ")).sort();
    return [`articles ${(100 * this.rate()).toFixed(2)}%`, ...kinds.map((kind) => `${kind.slice(5)} ${(100 * this.rate(kind)).toFixed(2)}%`)].join(", ");
  }

  /** Every group's figure, then the first failures: what an assertion message needs. */
  report(failuresShown = 25): string {
    const percent = (t: Tally) => `${t.correct}/${t.total} (${((100 * t.correct) / Math.max(1, t.total)).toFixed(2)}%)`;
    const lines = [`all: ${percent(this)}`, ...[...this.groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, tally]) => `${group}: ${percent(tally)}`)];
    const shown = this.failures.slice(0, failuresShown);
    const more = this.failures.length - shown.length;
    return [...lines, `${this.failures.length} pairs wrong${shown.length > 0 ? ":" : ""}`, ...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join("\n");
  }
}

function names(ids: readonly string[], articles: readonly AlignableArticle[]): string {
  if (ids.length === 0) return "—";
  return ids.map((id) => {
    const article = articles.find((a) => a.id === id);
    return article ? `${article.number ?? "?"} "${article.heading ?? ""}"` : id;
  }).join(" + ");
}

function describe(pair: { from: readonly string[]; to: readonly string[]; kind: string }, from: readonly AlignableArticle[], to: readonly AlignableArticle[]): string {
  return `${names(pair.from, from)} → ${names(pair.to, to)} ${pair.kind}`;
}

/** The actual pairs holding any article of the expected one. */
function gotFor(pair: ExpectedPair, actual: readonly ArticlePair[], from: readonly AlignableArticle[], to: readonly AlignableArticle[]): string {
  const ids = new Set([...pair.from, ...pair.to]);
  const held = actual.filter((p) => [...p.from, ...p.to].some((id) => ids.has(id)));
  return held.map((p) => `${describe(p, from, to)}${p.moved ? " moved" : ""} (${p.score.toFixed(2)})`).join("; ");
}
