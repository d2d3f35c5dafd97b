// The load generator's process (forked by load.ts): runs one LoadJob and sends back its LoadResult.
import http from "node:http";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { LoadJob, LoadResult } from "./load";

const gunzipAsync = promisify(gunzip);

interface Answer {
  ms: number;
  bytes: number;
  error: string | null;
}

process.once("message", (job: LoadJob) => {
  void run(job).then((result) => process.send!(result, () => process.exit(0)));
});

async function run(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients });
  // Browsers ask for compressed pages, and compressing is part of the server's work.
  const headers = { "accept-encoding": "gzip", ...(job.cookie ? { cookie: job.cookie } : {}) };
  const get = () => request(job.url, agent, headers, job.marker);
  const everyClient = (loop: () => Promise<void>) => Promise.all(Array.from({ length: job.clients }, loop));

  await everyClient(async () => {
    for (let i = 0; i < job.warmUpPerClient; i++) await get();
  });

  const answers: Answer[] = [];
  let sent = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const limit = "requests" in job.until ? job.until.requests : Infinity;
  const deadline = "seconds" in job.until ? start + job.until.seconds * 1000 : Infinity;
  const more = () => sent < limit && performance.now() < deadline;
  await everyClient(async () => {
    while (more()) {
      sent++;
      answers.push(await get());
    }
  });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();

  const errors: Record<string, number> = {};
  for (const { error } of answers) if (error) errors[error] = (errors[error] ?? 0) + 1;
  return {
    latenciesMs: answers.map((a) => a.ms),
    seconds,
    errors,
    meanBytes: answers.reduce((sum, a) => sum + a.bytes, 0) / Math.max(1, answers.length),
    generatorCpu: (cpu.user + cpu.system) / 1e6 / seconds,
  };
}

function request(url: string, agent: http.Agent, headers: Record<string, string>, marker: string): Promise<Answer> {
  return new Promise((resolve) => {
    const start = performance.now();
    const failed = (error: Error) => resolve({ ms: performance.now() - start, bytes: 0, error: error.message });
    http
      .get(url, { agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", failed);
        response.on("end", () => {
          const ms = performance.now() - start;
          const raw = Buffer.concat(chunks);
          const gzipped = response.headers["content-encoding"] === "gzip";
          void (gzipped ? gunzipAsync(raw) : Promise.resolve(raw)).then(
            (body) => resolve({ ms, bytes: raw.length, error: problemOf(response, body.toString(), marker) }),
            failed,
          );
        });
      })
      .on("error", failed);
  });
}

function problemOf(response: http.IncomingMessage, body: string, marker: string): string | null {
  if (response.statusCode !== 200) return `HTTP ${response.statusCode}${response.headers.location ? ` → ${response.headers.location.split("?")[0]}` : ""}`;
  return body.includes(marker) ? null : "200 without the page's marker";
}
