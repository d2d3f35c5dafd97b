import { checkDatabase } from "./lib/db/check-database";

// A missing or unreachable database is reported in one sentence and the server stops,
// instead of failing later on every page with a stack trace.
if (process.env.NEXT_PHASE !== "phase-production-build") {
  const problem = await checkDatabase();
  if (problem) {
    console.error(`\nDraftwatch cannot start: ${problem}\n`);
    process.exit(1);
  }
}
