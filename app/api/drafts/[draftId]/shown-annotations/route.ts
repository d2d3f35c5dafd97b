import { NextResponse, type NextRequest } from "next/server";
import { assertCan } from "@/lib/auth/permissions";
import { requestActor } from "@/lib/auth/request-actor";
import { listAnnotationsById } from "@/lib/db/annotations";
import { getDb } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/operations/errors";
import { refusal, unauthorized } from "@/app/api/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ draftId: string }> };

/** More than a page ever asks for at once: a pair shows a few per side. */
const MAX_IDS = 50;

// GET /api/drafts/<draftId>/shown-annotations?id=…&id=…: the whole annotations the compare page
// writes out under a pair, loaded when the reader reaches it. The ids are only what is asked for:
// the caller gets those of them it may see, with their anchor on this draft, oldest first.
export async function GET(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const ids = request.nextUrl.searchParams.getAll("id");
  const { draftId } = await params;
  try {
    assertCan(actor, "draft:read");
    if (ids.length > MAX_IDS) throw new InvalidInputError(`Ask for at most ${MAX_IDS} annotations at once.`);
    const found = ids.length > 0 ? await listAnnotationsById(getDb(), actor, draftId, ids) : [];
    return NextResponse.json({ annotations: found.filter((a) => a.anchors.length > 0) }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}
