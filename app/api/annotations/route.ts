import { NextResponse, type NextRequest } from "next/server";
import { requestActor } from "@/lib/auth/request-actor";
import { fromWebAnnotation } from "@/lib/annotations/from-web-annotation";
import { toWebAnnotation } from "@/lib/annotations/web-annotation";
import { webAnnotationInputSchema } from "@/lib/annotations/web-annotation.schema";
import { getDb } from "@/lib/db/client";
import { listDraftAnnotations } from "@/lib/db/annotations";
import type { CreateAnnotationInput } from "@/lib/operations/annotations/annotation.schema";
import { createAnnotation } from "@/lib/operations/annotations/create-annotation";
import { NotFoundError, parseInput } from "@/lib/operations/errors";
import { JSON_LD, readJson, refusal, unauthorized } from "@/app/api/respond";

// GET /api/annotations?draft=<draftId>[&tag=…&stance=…&status=…]: the annotations on a draft the caller may see.
export async function GET(request: NextRequest) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const origin = request.nextUrl.origin;
  const params = request.nextUrl.searchParams;
  const draftId = params.get("draft");
  if (!draftId) return NextResponse.json({ error: "Name the draft: /api/annotations?draft=<draftId>." }, { status: 400 });
  const stance = params.get("stance");
  const status = params.get("status");
  const annotations = await listDraftAnnotations(getDb(), actor, draftId, {
    tags: params.getAll("tag"),
    stance: stance === "CONCERN" || stance === "SUPPORT" || stance === "PROPOSAL" || stance === "QUESTION" ? stance : undefined,
    status: status === "OPEN" || status === "RESOLVED" ? status : undefined,
  });
  return NextResponse.json(
    { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: annotations.length, items: annotations.map((a) => toWebAnnotation(a, origin)) },
    { headers: { "content-type": JSON_LD } },
  );
}

// POST /api/annotations: a new annotation, in the W3C model (see the README).
export async function POST(request: NextRequest) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const origin = request.nextUrl.origin;
  try {
    const input = fromWebAnnotation(parseInput(webAnnotationInputSchema, await readJson(request)));
    const provision = input.target?.provisionId ? await getDb().provision.findUnique({ where: { id: input.target.provisionId } }) : null;
    if (!provision) throw new NotFoundError("target.source names no provision.");
    const { target, content } = input;
    // Missing or malformed fields are refused by createAnnotation's own schema, field by field.
    const created = await createAnnotation(getDb(), actor, {
      ...content,
      target: { draftId: provision.draftId, provisionId: provision.id, quote: target?.quote, position: target?.position },
    } as CreateAnnotationInput);
    return NextResponse.json(toWebAnnotation(created, origin), { status: 201, headers: { "content-type": JSON_LD, location: `${origin}/api/annotations/${created.id}` } });
  } catch (error) {
    return refusal(error, origin);
  }
}
