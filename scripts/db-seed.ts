import { createDb } from "../lib/db/client";
import { databaseUrl, safeLocation } from "../lib/db/database-url";
import { seedDemo } from "../prisma/demo/seed-demo";
import { printDemoAccounts } from "./lib/print-demo-accounts";
import { runScript } from "./lib/run-script";

runScript(async () => {
  const url = databaseUrl();
  const db = createDb(url);
  try {
    const result = await seedDemo(db);
    if (!result.seeded) {
      console.log(`${safeLocation(url)} already has treaties: the demo data was not added again.`);
      return;
    }
    console.log(`Seeded ${safeLocation(url)}: ${result.users} users, ${result.events} negotiation events, ${result.drafts} sample drafts, ${result.annotations} annotations.`);
    printDemoAccounts();
  } finally {
    await db.$disconnect();
  }
});
