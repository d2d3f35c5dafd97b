import type { ParsedProvision } from "../../../../lib/draft-text/types";

/** One line per provision, indented by depth: kind, label, [number], «heading» and own text. */
export function outline(provisions: readonly ParsedProvision[], depth = 0): string[] {
  return provisions.flatMap((p) => [
    `${"  ".repeat(depth)}${p.kind} ${p.label ?? "-"} [${p.number ?? "-"}]${p.heading ? ` «${p.heading}»` : ""}: ${p.text}`,
    ...outline(p.children, depth + 1),
  ]);
}
