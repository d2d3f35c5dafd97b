import { NextResponse, type NextRequest } from "next/server";
import { requestActor } from "@/lib/auth/request-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getDraftWithProvisions } from "@/lib/db/drafts";
import { buildProvisionTree, type ProvisionNode } from "@/lib/drafts/provision-tree";
import { unauthorized } from "@/app/api/respond";

type Context = { params: Promise<{ draftId: string }> };

function provisionJson(node: ProvisionNode): unknown {
  const { id, kind, label, number, heading, text, anchor, children } = node;
  return { id, kind, label, number, heading, text, anchor, children: children.map(provisionJson) };
}

// GET /api/drafts/<draftId>: a draft and its provision tree, with the ids annotations target.
export async function GET(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  if (!can(actor, "draft:read")) return NextResponse.json({ error: "You may not read drafts." }, { status: 403 });
  const { draftId } = await params;
  const draft = await getDraftWithProvisions(getDb(), draftId);
  if (!draft) return NextResponse.json({ error: "That draft does not exist." }, { status: 404 });
  return NextResponse.json({
    id: draft.id,
    treaty: { id: draft.treaty.id, slug: draft.treaty.slug, title: draft.treaty.title },
    title: draft.title,
    symbol: draft.symbol,
    date: draft.date.toISOString().slice(0, 10),
    language: draft.language,
    provisions: buildProvisionTree(draft.provisions).map(provisionJson),
  });
}
