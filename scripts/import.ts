import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { OPERATOR } from "../lib/auth/permissions";
import { createDb } from "../lib/db/client";
import { databaseUrl } from "../lib/db/database-url";
import { InvalidInputError } from "../lib/operations/errors";
import { importParsedDraft } from "../lib/operations/import-parsed-draft";
import { previewDraft } from "../lib/operations/preview-draft";
import { runScript } from "./lib/run-script";

const USAGE =
  "usage: npm run import -- <file.docx|.pdf|.txt> --treaty <name or slug> --title <title> --date YYYY-MM-DD --language <code> [--symbol A/AC.291/22] [--source <url>]";

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
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InvalidInputError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
  });
  const language = values.language ?? "en";
  // The import page's path without its corrections: read, parse, check, then store in one transaction.
  const preview = await previewDraft(OPERATOR, { bytes, fileName: path.basename(file), language });
  const db = createDb(databaseUrl());
  try {
    const summary = await importParsedDraft(db, OPERATOR, {
      treaty: values.treaty ?? "",
      title: values.title ?? path.basename(file).replace(/\.[^.]+$/, ""),
      symbol: values.symbol,
      date: values.date ?? "",
      language,
      source: values.source ?? path.basename(file),
      provisions: preview.provisions,
    });
    for (const warning of preview.fileWarnings) console.error(`warning: ${warning}`);
    for (const warning of preview.warnings) console.error(`warning: ${warning.line === null ? "" : `line ${warning.line}: `}${warning.message}`);
    console.log(JSON.stringify({ ...summary, warnings: preview.fileWarnings.length + preview.warnings.length }));
  } finally {
    await db.$disconnect();
  }
});
