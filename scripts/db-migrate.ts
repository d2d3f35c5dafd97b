import { databaseUrl, safeLocation } from "../lib/db/database-url";
import { migrate } from "../lib/db/migrations";
import { runScript } from "./lib/run-script";

runScript(async () => {
  const url = databaseUrl();
  const { applied, alreadyApplied } = await migrate(url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${safeLocation(url)}: ${applied.join(", ")}`
      : `${safeLocation(url)} is up to date (${alreadyApplied} migration(s)).`,
  );
});
