import { spawn } from "node:child_process";
import { createDb } from "../lib/db/client";
import { safeLocation } from "../lib/db/database-url";
import { migrate } from "../lib/db/migrations";
import { seedDemo } from "../prisma/demo/seed-demo";
import { authSecret } from "./lib/auth-secret";
import { openDatabaseServer } from "./lib/database-server";
import { printDemoAccounts } from "./lib/print-demo-accounts";
import { runScript } from "./lib/run-script";

// `npm run dev`: a database (embedded unless DATABASE_URL is set), migrated and seeded, then Next.js.
runScript(async () => {
  const port = process.env.PORT ?? "3000";
  const server = await openDatabaseServer("dev", (line) => console.log(line));
  console.log(`Database: ${safeLocation(server.url)}${server.embedded ? " (embedded PostgreSQL, data in .data/postgres)" : ""}`);
  const { applied } = await migrate(server.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = createDb(server.url);
  const seeded = await seedDemo(db).finally(() => db.$disconnect());
  if (seeded.seeded) console.log(`Demo data added: ${seeded.drafts} sample drafts, ${seeded.events} negotiation events, ${seeded.users} users, ${seeded.annotations} annotations.`);

  const appUrl = `http://localhost:${port}`;
  const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", port], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: server.url, NEXTAUTH_SECRET: authSecret(), NEXTAUTH_URL: appUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let announced = false;
  next.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready in/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nDraftwatch is running at ${appUrl}`);
      printDemoAccounts();
    }
  });
  const stop = () => next.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => next.on("exit", (c) => resolve(c ?? 0)));
  await server.stop();
  if (code !== 0) throw new Error(`next dev exited with code ${code}`);
});
