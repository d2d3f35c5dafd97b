/** Median wall time of `runs` calls of `fn`, after `warmUp` calls that let the JIT settle. */
export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function measure(name: string, fn: () => unknown, runs: number, warmUp = Math.min(3, runs)): Measurement {
  for (let run = 0; run < warmUp; run++) fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarise(name, runs, times);
}

export interface Contender {
  name: string;
  fn: () => unknown;
  /** Calls before the rounds, when this contender needs more or fewer than the others. */
  warmUp?: number;
}

/**
 * Contenders compared with each other: warmed up (alike, unless one asks for its own count), then
 * run in rounds, one call of each per round in a rotating order, so a busy moment on the machine
 * (or the garbage collector) weighs on all of them rather than on whichever happened to run then.
 * Medians of `rounds` calls each.
 */
export function measureTogether(contenders: readonly Contender[], rounds: number, warmUp = 10): Measurement[] {
  for (const contender of contenders) for (let run = 0; run < (contender.warmUp ?? warmUp); run++) contender.fn();
  const times = contenders.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (round + turn) % contenders.length;
      const start = performance.now();
      contenders[index]!.fn();
      times[index]!.push(performance.now() - start);
    }
  }
  return contenders.map(({ name }, index) => summarise(name, rounds, times[index]!));
}

function summarise(name: string, runs: number, times: number[]): Measurement {
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return { name, runs, medianMs: median, minMs: times[0] ?? 0, maxMs: times.at(-1) ?? 0 };
}

export function printTable(title: string, measurements: readonly Measurement[]): void {
  const width = Math.max(...measurements.map((measurement) => measurement.name.length));
  const cell = (value: number) => value.toFixed(1).padStart(9);
  console.log(`\n${title}`);
  console.log(`${"case".padEnd(width)}  ${"median ms".padStart(9)}  ${"min ms".padStart(9)}  ${"max ms".padStart(9)}  runs`);
  for (const { name, medianMs, minMs, maxMs, runs } of measurements) {
    console.log(`${name.padEnd(width)}  ${cell(medianMs)}  ${cell(minMs)}  ${cell(maxMs)}  ${runs}`);
  }
}

/** `measure` for asynchronous work. */
export async function measureAsync(name: string, fn: () => Promise<unknown>, runs: number, warmUp = Math.min(2, runs)): Promise<Measurement> {
  for (let run = 0; run < warmUp; run++) await fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarise(name, runs, times);
}
