import type { Highlight } from "../anchoring/highlight-segments";

interface Anchored {
  id: string;
  anchors: { provisionId: string | null; start: number | null; end: number | null; status: string }[];
}

/** Which words of which provision to highlight: every anchor on the draft that still has its words. */
export function highlightsByProvision(annotations: readonly Anchored[]): Map<string, Highlight[]> {
  const byProvision = new Map<string, Highlight[]>();
  for (const annotation of annotations) {
    for (const anchor of annotation.anchors) {
      if (anchor.status === "ORPHANED" || anchor.provisionId === null || anchor.start === null || anchor.end === null) continue;
      const list = byProvision.get(anchor.provisionId) ?? [];
      list.push({ annotationId: annotation.id, start: anchor.start, end: anchor.end });
      byProvision.set(anchor.provisionId, list);
    }
  }
  return byProvision;
}

/** The distinct authors and organisations of annotations, for the margin's filters. */
export function authorsAndOrganizations(annotations: readonly { author: { id: string; name: string }; organization: { id: string; name: string } | null }[]) {
  const authors = new Map(annotations.map((a) => [a.author.id, a.author]));
  const organizations = new Map(annotations.flatMap((a) => (a.organization ? [[a.organization.id, a.organization] as const] : [])));
  const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name);
  return { authors: [...authors.values()].sort(byName), organizations: [...organizations.values()].sort(byName) };
}
