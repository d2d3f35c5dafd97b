import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { OPERATOR } from "../lib/auth/permissions";
import { createDb } from "../lib/db/client";
import { databaseUrl } from "../lib/db/database-url";
import { InvalidInputError } from "../lib/operations/errors";
import { importDraft } from "../lib/operations/import-draft";
import { runScript } from "./lib/run-script";

const USAGE =
  "usage: npm run import -- <file.txt> --treaty <name or slug> --title <title> --date YYYY-MM-DD --language <code> [--symbol A/AC.291/22] [--source <url>]";

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      treaty: { type: "string" },
      title: { type: "string" },
      symbol: { type: "string" },
      date: { type: "string" },
      language: { type: "string", default: "en" },
      source: { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new InvalidInputError(USAGE);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new InvalidInputError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
  });
  const db = createDb(databaseUrl());
  try {
    const summary = await importDraft(db, OPERATOR, {
      treaty: values.treaty ?? "",
      title: values.title ?? path.basename(file).replace(/\.[^.]+$/, ""),
      symbol: values.symbol,
      date: values.date ?? "",
      language: values.language ?? "en",
      source: values.source ?? path.basename(file),
      text,
    });
    for (const warning of summary.warnings) console.error(`warning: line ${warning.line}: ${warning.message}`);
    const { warnings, ...counts } = summary;
    console.log(JSON.stringify({ ...counts, warnings: warnings.length }));
  } finally {
    await db.$disconnect();
  }
});
