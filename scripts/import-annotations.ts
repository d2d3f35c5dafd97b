import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { databaseUrl } from "../lib/db/database-url";
import { actorOf, findUserByEmail, getSessionUser } from "../lib/db/users";
import { importWebAnnotations } from "../lib/operations/annotations/import-web-annotations";
import { InvalidInputError, NotFoundError } from "../lib/operations/errors";
import { runScript } from "./lib/run-script";

const USAGE = "usage: npm run import:annotations -- <annotations.jsonld> --draft <draft id> --as <email of the user who becomes their author>";

// Brings annotations exported as W3C JSON (a submission's JSON-LD download) onto a draft here.
runScript(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { draft: { type: "string" }, as: { type: "string" } } });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.draft || !values.as) throw new InvalidInputError(USAGE);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new InvalidInputError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
  });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new InvalidInputError(`${file} is not JSON.`);
  }
  const db = createDb(databaseUrl());
  try {
    const found = await findUserByEmail(db, values.as);
    const user = found && (await getSessionUser(db, found.id));
    if (!user) throw new NotFoundError(`No user ${values.as}.`);
    const { imported, tagsAdded } = await importWebAnnotations(db, actorOf(user), { draftId: values.draft, document });
    console.log(JSON.stringify({ imported: imported.length, tagsAdded }));
  } finally {
    await db.$disconnect();
  }
});
