import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

// A closed-loop HTTP load generator: `clients` keep-alive connections, each sending its next GET
// as soon as its last answer has fully arrived. It runs in its own process, so its own work
// (and garbage collection) never stalls the timing of the bench process's event loop.
//
// Written in Node rather than wrk: every latency is kept (exact percentiles, not a histogram's),
// every answer is checked (status 200 and the page's marker in the decompressed body: a session
// that lapsed would otherwise be timed as fast redirects), and nothing needs installing.

export interface LoadTarget {
  url: string;
  /** Text only the expected page contains. */
  marker: string;
  cookie?: string;
}

export interface LoadPlan {
  clients: number;
  /** Requests each client sends first, untimed: the server's JIT, caches and pools warm up. */
  warmUpPerClient: number;
  /** The timed part ends after this many requests, or this many seconds: whichever is given. */
  until: { requests: number } | { seconds: number };
}

export interface LoadResult {
  /** Milliseconds from sending a request to the last byte of its answer, in the order they ended. */
  latenciesMs: number[];
  seconds: number;
  /** Errors by reason (a status, a missing marker, a network error). */
  errors: Record<string, number>;
  meanBytes: number;
  /** CPU the load generator itself used, as a share of one core: taken from the server on a small machine. */
  generatorCpu: number;
}

export interface LoadJob extends LoadTarget, LoadPlan {}

export function runLoad(target: LoadTarget, plan: LoadPlan): Promise<LoadResult> {
  // Inherits tsx's loader from this process's execArgv, so the client runs as TypeScript.
  const child = fork(fileURLToPath(new URL("./load-client.ts", import.meta.url)), { stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as LoadResult));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`The load generator exited (${code}) without a result.`)));
    child.send({ ...target, ...plan } satisfies LoadJob);
  });
}
