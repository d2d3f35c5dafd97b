import type { LoadResult } from "./load";
import type { Measurement } from "./measure";

/** Nearest-rank percentile of ascending `sorted`: a latency some request really had. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** A load run as a row of printTable (median, min, max), for tables that set it beside in-process timings. */
export function asMeasurement(name: string, result: LoadResult): Measurement {
  const sorted = result.latenciesMs.toSorted((a, b) => a - b);
  return { name, runs: sorted.length, medianMs: percentile(sorted, 50), minMs: sorted[0] ?? 0, maxMs: sorted.at(-1) ?? 0 };
}

export function printLoadTable(title: string, rows: readonly { name: string; result: LoadResult }[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  const columns = ["requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "KB/answer", "generator CPU"];
  console.log(`\n${title}`);
  console.log([`${"case".padEnd(width)}`, ...columns.map((c) => c.padStart(9))].join("  "));
  for (const { name, result } of rows) {
    const sorted = result.latenciesMs.toSorted((a, b) => a - b);
    const errors = Object.values(result.errors).reduce((sum, n) => sum + n, 0);
    const cells = [
      String(sorted.length),
      (sorted.length / result.seconds).toFixed(1),
      ...[50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(1)),
      String(errors),
      (result.meanBytes / 1024).toFixed(1),
      `${Math.round(result.generatorCpu * 100)} %`,
    ];
    console.log([name.padEnd(width), ...cells.map((c) => c.padStart(9))].join("  "));
    for (const [reason, count] of Object.entries(result.errors)) console.log(`${"".padEnd(width)}  ${count} × ${reason}`);
  }
}
