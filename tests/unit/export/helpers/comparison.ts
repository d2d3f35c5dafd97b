// Comparisons of the demo drafts made as `npm run compare` makes them (parsed text, aligned and
// diffed with no database), described as the compare page's getComparison describes its drafts.

import { readFileSync } from "node:fs";
import path from "node:path";
import { compareParsedDrafts } from "../../../../lib/compare/compare-drafts";
import { parseDraftText } from "../../../../lib/draft-text/parse-draft-text";
import type { ComparedDraftSource, ComparisonSource } from "../../../../lib/export/comparison-report/types";
import { sampleDrafts, sampleTreaty } from "../../../../prisma/demo/sample-treaty";

function demoDraft(file: string): { draft: ComparedDraftSource; text: string } {
  const described = sampleDrafts.find((draft) => draft.file === file);
  if (!described) throw new Error(`No demo draft ${file}`);
  const text = readFileSync(path.resolve(import.meta.dirname, "../../../../prisma/demo/drafts", file), "utf8");
  // getComparison's drafts carry their date as a Date and their treaty.
  return { draft: { ...described, date: new Date(`${described.date}T00:00:00Z`), treaty: { title: sampleTreaty.title } }, text };
}

export function demoComparison(fromFile: string, toFile: string): ComparisonSource {
  const [from, to] = [demoDraft(fromFile), demoDraft(toFile)];
  const parse = ({ draft, text }: typeof from) => ({ provisions: parseDraftText(text, { language: draft.language }).provisions, language: draft.language });
  return { fromDraft: from.draft, toDraft: to.draft, comparison: compareParsedDrafts(parse(from), parse(to), { language: to.draft.language }) };
}

/** The zero draft against the revised draft: renumbered, changed, new and merged articles. */
export const zeroToRevised = () => demoComparison("sample-2-zero.en.txt", "sample-3-revised.en.txt");
