import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Real texts are read where they live: the demo drafts and the shared corpus beside the repo.
const DRAFTS_DIR = fileURLToPath(new URL("../../../../prisma/demo/drafts/", import.meta.url));
const BUDAPEST = fileURLToPath(new URL("../../../../../shared/corpus/real/budapest-convention-2001.en-nl.md", import.meta.url));

export function realTexts(): { name: string; text: string }[] {
  const drafts = readdirSync(DRAFTS_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(DRAFTS_DIR + file, "utf8") }));
  return [...drafts, { name: "budapest-convention-2001.en-nl.md", text: readFileSync(BUDAPEST, "utf8") }];
}
