/**
 * The compare page's server work (load both drafts, read the stored alignment, diff every pair)
 * for the two longest English demo drafts, against PostgreSQL: first view (alignment computed and
 * stored) and later views (median).
 */
import { OPERATOR } from "../lib/auth/permissions";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrations";
import { getComparison } from "../lib/operations/get-comparison";
import { seedDemo } from "../prisma/demo/seed-demo";
import { openDatabaseServer, recreateOrEnsure } from "../scripts/lib/database-server";
import { measureAsync, printTable } from "./lib/measure";

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
    const first = performance.now();
    await getComparison(db, OPERATOR, query);
    const firstView = performance.now() - first;
    const later = await measureAsync("later views (stored alignment)", () => getComparison(db, OPERATOR, query), 20);
    printTable("Compare page, server work: zero draft → revised draft (PostgreSQL)", [
      { name: "first view (alignment computed and stored)", runs: 1, medianMs: firstView, minMs: firstView, maxMs: firstView },
      later,
    ]);
  } finally {
    await db.$disconnect();
  }
} finally {
  await server.stop();
}
