import { parseDraftText } from "../../../lib/draft-text/parse-draft-text";
import type { ParsedProvision } from "../../../lib/draft-text/types";

/** The parsed tree, one line per provision: kind, label, number, heading and whitespace-normalised text. */
export function draftOutline(text: string, language: string): string[] {
  const walk = (provisions: readonly ParsedProvision[], depth: number): string[] =>
    provisions.flatMap((p) => [
      `${"  ".repeat(depth)}${p.kind} ${p.label ?? "-"} [${p.number ?? "-"}] «${p.heading ?? ""}» ${p.text.replace(/\s+/g, " ")}`,
      ...walk(p.children, depth + 1),
    ]);
  return walk(parseDraftText(text, { language }).provisions, 0);
}

/** An outline line without Arabic vowel marks and without spaces inside the heading or text. */
export function withoutPdfArabicArtefacts(line: string): string {
  const [structure = "", rest = ""] = line.split(/(?<=\]) /);
  return `${structure} ${rest.replace(/[\u064B-\u065F\u0670]/g, "").replace(/\s+/g, "")}`;
}
