import { can, type Actor } from "../auth/permissions";
import type { SourceKind } from "./labels";

interface Reader { actor: Actor; organizations: { name: string; kind: SourceKind }[] }

/** What a page's annotation workspace needs: may the reader annotate, the taxonomy, and a new annotation's source. */
export function workspaceSettings({ actor, organizations }: Reader, tags: readonly { slug: string; name: string }[]) {
  const organization = organizations[0];
  return {
    canAnnotate: can(actor, "annotation:create"),
    tags: tags.map((t) => ({ slug: t.slug, name: t.name })),
    // A new annotation's source defaults to the analyst's organisation.
    defaults: { sourceKind: organization?.kind ?? ("OTHER" as const), sourceOrganization: organization?.name ?? "" },
  };
}
