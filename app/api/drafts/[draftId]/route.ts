import { NextResponse, type NextRequest } from "next/server";
import { requestActor } from "@/lib/auth/request-actor";
import { assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getDraftWithProvisions } from "@/lib/db/drafts";
import { buildProvisionTree, type ProvisionNode } from "@/lib/drafts/provision-tree";
import { NotFoundError } from "@/lib/operations/errors";
import { refusal, unauthorized } from "@/app/api/respond";

type Context = { params: Promise<{ draftId: string }> };

function provisionJson(node: ProvisionNode): unknown {
  const { id, kind, label, number, heading, text, anchor, children } = node;
  return { id, kind, label, number, heading, text, anchor, children: children.map(provisionJson) };
}

// GET /api/drafts/<draftId>: a draft and its provision tree, with the ids annotations target.
export async function GET(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const { draftId } = await params;
  try {
    assertCan(actor, "draft:read");
    const draft = await getDraftWithProvisions(getDb(), draftId);
    if (!draft) throw new NotFoundError("That draft does not exist.");
    return NextResponse.json({
      id: draft.id,
      treaty: { id: draft.treaty.id, slug: draft.treaty.slug, title: draft.treaty.title },
      title: draft.title,
      symbol: draft.symbol,
      date: draft.date.toISOString().slice(0, 10),
      language: draft.language,
      provisions: buildProvisionTree(draft.provisions).map(provisionJson),
    });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}
