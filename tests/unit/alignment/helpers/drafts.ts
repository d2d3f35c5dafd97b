// Articles of the demo drafts and of the real Budapest corpus, ready to align. Parsed trees get
// ids from their position, which is all alignment needs to name articles.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articlesFromTree, type ProvisionNodeLike } from "../../../../lib/alignment/articles";
import type { AlignableArticle } from "../../../../lib/alignment/types";
import { parseDraftText } from "../../../../lib/draft-text/parse-draft-text";
import type { ParsedProvision } from "../../../../lib/draft-text/types";

const DEMO_DIR = path.resolve(import.meta.dirname, "../../../../prisma/demo/drafts");
// The corpus lives beside the repository and is never copied into it.
const BUDAPEST_FILE = fileURLToPath(new URL("../../../../../shared/corpus/real/budapest-convention-2001.en-nl.md", import.meta.url));

export function withIds(provisions: readonly ParsedProvision[], prefix: string): ProvisionNodeLike[] {
  return provisions.map((provision, index) => {
    const id = `${prefix}.${index}`;
    return { ...provision, id, children: withIds(provision.children, id) };
  });
}

export function parseArticles(text: string, prefix: string, language?: string): AlignableArticle[] {
  return articlesFromTree(withIds(parseDraftText(text, { language }).provisions, prefix));
}

export type DemoDraft = "1" | "2" | "3" | "3ar";

const DEMO_FILES: Record<DemoDraft, [file: string, language: string]> = {
  "1": ["sample-1-consolidated.en.txt", "en"],
  "2": ["sample-2-zero.en.txt", "en"],
  "3": ["sample-3-revised.en.txt", "en"],
  "3ar": ["sample-3-revised.ar.txt", "ar"],
};

export function demoArticles(draft: DemoDraft): AlignableArticle[] {
  const [file, language] = DEMO_FILES[draft];
  return parseArticles(readFileSync(path.join(DEMO_DIR, file), "utf8"), `d${draft}`, language);
}

/** English, then Dutch from the first "Verdrag …" heading after the English articles begin. */
export function budapestArticles(): { english: AlignableArticle[]; dutch: AlignableArticle[] } {
  const text = readFileSync(BUDAPEST_FILE, "utf8");
  const englishStart = text.search(/^#+\s*Article\s+1\s*$/m);
  const dutchOffset = text.slice(englishStart).search(/^#+\s*Verdrag\b/m);
  if (englishStart < 0 || dutchOffset < 0) throw new Error("corpus layout changed: cannot find the Dutch half");
  const dutchStart = englishStart + dutchOffset;
  return {
    english: parseArticles(text.slice(0, dutchStart), "en"),
    dutch: parseArticles(text.slice(dutchStart), "nl", "nl"),
  };
}
