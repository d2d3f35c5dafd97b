/**
 * The compare page, zero draft → revised draft of the demo: its server work in-process, then over
 * HTTP against the built app (`next start`, built into .next-bench when the sources changed):
 * - #4: the median of one client, beside /signin (a page that reads no data) and the in-process time;
 * - #5: the latency under 50 concurrent keep-alive clients with 10,000 annotations in the database
 *   (goal: p95 < 200 ms), beside the same load on /signin.
 * Requests are a demo analyst's, signed in as the sign-in form does.
 */
import { OPERATOR } from "../lib/auth/permissions";
import { listDraftAnchors } from "../lib/db/annotations";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrations";
import { actorOf, findUserByEmail, getSessionUser } from "../lib/db/users";
import { getComparison } from "../lib/operations/get-comparison";
import { carryAnnotationsForward } from "../lib/operations/annotations/carry-annotations-forward";
import { DEMO_PASSWORD } from "../prisma/demo/accounts";
import { seedDemo } from "../prisma/demo/seed-demo";
import { openDatabaseServer, recreateOrEnsure } from "../scripts/lib/database-server";
import { startApp } from "./lib/app-server";
import { addBenchAnnotations } from "./lib/bench-annotations";
import { runLoad, type LoadPlan, type LoadResult } from "./lib/load";
import { asMeasurement, printLoadTable } from "./lib/load-table";
import { measureAsync, printTable } from "./lib/measure";
import { buildIfStale } from "./lib/next-build";
import { signIn } from "./lib/sign-in";

const ANALYST = "ha.nguyen@rights-coalition.example";
const DIST_DIR = ".next-bench";
const ANNOTATIONS = 10_000;
const ONE_CLIENT = { clients: 1, warmUpPerClient: 3, until: { requests: 30 } } satisfies LoadPlan;
const FIFTY_CLIENTS = { clients: 50, warmUpPerClient: 1, until: { seconds: 20 } } satisfies LoadPlan;

const server = await openDatabaseServer("bench", () => {});
try {
  const name = `${new URL(server.url).pathname.slice(1) || "draftwatch"}_bench`;
  await recreateOrEnsure(server.url, name, true);
  const url = server.databaseUrl(name);
  await migrate(url);
  const db = createDb(url);
  try {
    await seedDemo(db);
    const [zero, revised] = await db.draft.findMany({ where: { treaty: { isSample: true }, language: "en" }, orderBy: { position: "asc" }, skip: 1 });
    const query = { from: zero!.id, to: revised!.id };
    const analyst = actorOf((await getSessionUser(db, (await findUserByEmail(db, ANALYST))!.id))!);
    const inProcess = (label: string) => measureAsync(label, () => getComparison(db, analyst, query), 20);

    const first = performance.now();
    await getComparison(db, OPERATOR, query);
    const firstView = performance.now() - first;
    const later = await inProcess("later views (stored alignment, recent comparison reused)");
    printTable("Compare page, server work: zero draft → revised draft (PostgreSQL)", [
      { name: "first view (alignment computed and stored)", runs: 1, medianMs: firstView, minMs: firstView, maxMs: firstView },
      later,
    ]);

    await buildIfStale(DIST_DIR, console.log);
    const app = await startApp(DIST_DIR, url);
    try {
      const signinPage = { url: `${app.url}/signin`, marker: "Sign in to Draftwatch" };
      const comparePage = { url: `${app.url}/compare?${new URLSearchParams(query)}`, marker: 'id="summary-title"', cookie: await signIn(app.url, ANALYST, DEMO_PASSWORD) };
      const results: LoadResult[] = [];
      const load = async (page: typeof signinPage, plan: LoadPlan) => {
        results.push(await runLoad(page, plan));
        return results.at(-1)!;
      };

      printTable(`Compare page over HTTP, one client (${ONE_CLIENT.until.requests} requests after ${ONE_CLIENT.warmUpPerClient}): request to last byte, gzip, as ${ANALYST}`, [
        asMeasurement("GET /signin (baseline: reads no data)", await load(signinPage, ONE_CLIENT)),
        { ...later, name: "getComparison in-process (no session, no rendering)" },
        asMeasurement("GET /compare zero → revised", await load(comparePage, ONE_CLIENT)),
      ]);

      const seeding = performance.now();
      const added = await addBenchAnnotations(db, ANNOTATIONS);
      const carrying = performance.now();
      const carried = await carryAnnotationsForward(db, OPERATOR, { fromDraftId: zero!.id, toDraftId: revised!.id });
      const seconds = (since: number, until = performance.now()) => `${((until - since) / 1000).toFixed(1)} s`;
      console.log(`\nAdded ${added.annotations} annotations (${added.replies} replies) in ${seconds(seeding, carrying)}; carried ${carried.carried} of the zero draft's to the revised draft (carryAnnotationsForward) in ${seconds(carrying)}.`);
      // As autovacuum would after such a load: without statistics the planner takes 7,500 anchors for 58.
      await db.$executeRaw`ANALYZE`;
      const total = await db.annotation.count();
      printTable(`Compare page, server work with ${total} annotations, as ${ANALYST}`, [
        await inProcess("getComparison in-process"),
        // What highlights and threads of both drafts on the page would read, through today's query.
        await measureAsync("listDraftAnchors of both drafts (the highlights)", () => Promise.all([query.from, query.to].map((draftId) => listDraftAnchors(db, analyst, draftId))), 5),
        asMeasurement(`GET /compare zero → revised, one client (${ONE_CLIENT.until.requests} requests after ${ONE_CLIENT.warmUpPerClient})`, await load(comparePage, ONE_CLIENT)),
      ]);

      printLoadTable(`Compare page under ${FIFTY_CLIENTS.clients} concurrent keep-alive clients for ${FIFTY_CLIENTS.until.seconds} s, ${total} annotations (goal: p95 < 200 ms)`, [
        { name: "GET /signin (baseline: reads no data)", result: await load(signinPage, FIFTY_CLIENTS) },
        { name: "GET /compare zero → revised", result: await load(comparePage, FIFTY_CLIENTS) },
      ]);
      if (results.some((result) => Object.keys(result.errors).length > 0)) {
        console.error("Some answers were not the page asked for: the figures above do not measure it.");
        process.exitCode = 1;
      }
    } finally {
      await app.stop();
    }
  } finally {
    await db.$disconnect();
  }
} finally {
  await server.stop();
}
