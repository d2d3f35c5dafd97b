import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getDraftWithProvisions } from "@/lib/db/drafts";
import { buildProvisionTree, type ProvisionNode } from "@/lib/drafts/provision-tree";

// A provision's own address (the `target.source` of annotations in the API): its place on its draft page.
export default async function ProvisionPage({ params }: { params: Promise<{ provisionId: string }> }) {
  const { provisionId } = await params;
  await requireUser(`/provisions/${provisionId}`);
  const db = getDb();
  const provision = await db.provision.findUnique({ where: { id: provisionId }, select: { draftId: true } });
  if (!provision) notFound();
  const draft = await getDraftWithProvisions(db, provision.draftId);
  const anchor = draft && findAnchor(buildProvisionTree(draft.provisions), provisionId);
  redirect(`/drafts/${provision.draftId}${anchor ? `#${anchor}` : ""}`);
}

function findAnchor(nodes: ProvisionNode[], id: string): string | null {
  for (const node of nodes) {
    if (node.id === id) return node.anchor;
    const inside = findAnchor(node.children, id);
    if (inside) return inside;
  }
  return null;
}
