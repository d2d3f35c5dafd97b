// Where annotations go beside the text: each provision belongs to its article (or the preamble),
// whose annotations are listed together beside it, on the draft page and under a compared pair.

interface TreeNode { id: string; kind: string; text: string; children: readonly TreeNode[] }

const UNIT_KINDS = new Set(["ARTICLE", "PREAMBLE"]);

/** Each provision's unit: its nearest article or preamble, itself when it is in neither (a chapter's own text). */
export function unitsOf(nodes: readonly TreeNode[], within: string | null = null, units = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    const unit = UNIT_KINDS.has(node.kind) ? node.id : (within ?? node.id);
    units.set(node.id, unit);
    unitsOf(node.children, UNIT_KINDS.has(node.kind) ? node.id : within, units);
  }
  return units;
}

interface Placed { anchors: { provisionId: string | null }[] }

/** Annotations grouped by the unit of the provision they are on; those on no provision of the draft under null. */
export function annotationsByUnit<T extends Placed>(annotations: readonly T[], units: ReadonlyMap<string, string>): Map<string | null, T[]> {
  const byUnit = new Map<string | null, T[]>();
  for (const annotation of annotations) {
    const provisionId = annotation.anchors[0]?.provisionId;
    const unit = (provisionId && units.get(provisionId)) ?? null;
    const list = byUnit.get(unit);
    if (list) list.push(annotation);
    else byUnit.set(unit, [annotation]);
  }
  return byUnit;
}
