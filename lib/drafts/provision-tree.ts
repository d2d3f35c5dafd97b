// Rebuilds the provision tree of a draft from its rows (stored flat, in reading order) and gives
// each structural unit a stable anchor such as `article-24`, `chapter-iv` or `article-24-2-a`.

export interface ProvisionRow {
  id: string;
  parentId: string | null;
  kind: string;
  label: string | null;
  number: string | null;
  heading: string | null;
  text: string;
  position: number;
}

export interface ProvisionNode extends ProvisionRow {
  anchor: string;
  children: ProvisionNode[];
}

const OWN_ANCHOR_KINDS = new Set(["PREAMBLE", "PART", "CHAPTER", "SECTION", "TITLE", "ARTICLE", "ANNEX"]);

function anchorPart(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** Rows must come parents before children (reading order), as they are stored. */
export function buildProvisionTree(rows: readonly ProvisionRow[]): ProvisionNode[] {
  const roots: ProvisionNode[] = [];
  const byId = new Map<string, ProvisionNode>();
  const used = new Set<string>();
  const unique = (anchor: string) => {
    let candidate = anchor;
    for (let n = 2; used.has(candidate); n++) candidate = `${anchor}-${n}`;
    used.add(candidate);
    return candidate;
  };
  for (const row of rows) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    const ownPart = row.number ? anchorPart(row.number) : "";
    const anchor = OWN_ANCHOR_KINDS.has(row.kind) || !parent
      ? unique(ownPart ? `${row.kind.toLowerCase()}-${ownPart}` : row.kind.toLowerCase())
      : unique(`${parent.anchor}-${ownPart || `p${row.position + 1}`}`);
    const node: ProvisionNode = { ...row, anchor, children: [] };
    byId.set(row.id, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export interface TocEntry { anchor: string; kind: string; label: string | null; heading: string | null; children: TocEntry[] }

/** The table of contents: structural units and articles, not their paragraphs. */
export function tableOfContents(nodes: readonly ProvisionNode[]): TocEntry[] {
  return nodes
    .filter((n) => OWN_ANCHOR_KINDS.has(n.kind))
    .map((n) => ({
      anchor: n.anchor,
      kind: n.kind,
      label: n.label,
      heading: n.heading,
      children: n.kind === "ARTICLE" ? [] : tableOfContents(n.children),
    }));
}

/** Every node of the tree by id. */
export function provisionsById(nodes: readonly ProvisionNode[], map = new Map<string, ProvisionNode>()): Map<string, ProvisionNode> {
  for (const node of nodes) {
    map.set(node.id, node);
    provisionsById(node.children, map);
  }
  return map;
}
