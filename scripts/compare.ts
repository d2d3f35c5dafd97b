import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { compareParsedDrafts } from "../lib/compare/compare-drafts";
import { comparisonJson, renderComparison } from "../lib/compare/render-terminal";
import { wantsColour } from "../lib/compare/wants-colour";
import { parseDraftText } from "../lib/draft-text/parse-draft-text";
import { InvalidInputError } from "../lib/operations/errors";
import { runScript } from "./lib/run-script";

const USAGE = "usage: npm run compare -- <old.txt> <new.txt> [--json] [--from-language en] [--to-language en] [--ignore-whitespace] [--ignore-punctuation]";

// `npm run compare`: the same pure core as the compare page and its API, with no database.
runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "from-language": { type: "string" },
      "to-language": { type: "string" },
      "ignore-whitespace": { type: "boolean", default: false },
      "ignore-punctuation": { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 2) throw new InvalidInputError(USAGE);
  const [from, to] = await Promise.all(
    positionals.map(async (file, i) => {
      const text = await readFile(file, "utf8").catch(() => {
        throw new InvalidInputError(`Cannot read ${file}: no such file.`);
      });
      const language = (i === 0 ? values["from-language"] : values["to-language"]) ?? undefined;
      return { provisions: parseDraftText(text, { language }).provisions, language };
    }),
  );
  // The later draft's language decides how words are told apart (French elision, Chinese by character), as on the compare page.
  const comparison = compareParsedDrafts(from!, to!, { language: to!.language, ignoreWhitespace: values["ignore-whitespace"], ignorePunctuation: values["ignore-punctuation"] });
  if (values.json) console.log(JSON.stringify(comparisonJson(comparison)));
  else console.log(renderComparison(comparison, wantsColour(process.env, Boolean(process.stdout.isTTY))));
});
