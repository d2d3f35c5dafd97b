import { NextResponse, type NextRequest } from "next/server";
import { fromWebAnnotation } from "@/lib/annotations/from-web-annotation";
import { toWebAnnotation } from "@/lib/annotations/web-annotation";
import { webAnnotationInputSchema } from "@/lib/annotations/web-annotation.schema";
import { requestActor } from "@/lib/auth/request-actor";
import { getDb } from "@/lib/db/client";
import { deleteAnnotation } from "@/lib/operations/annotations/delete-annotation";
import { loadAnnotationFor } from "@/lib/operations/annotations/load-annotation";
import type { UpdateAnnotationInput } from "@/lib/operations/annotations/annotation.schema";
import { updateAnnotation } from "@/lib/operations/annotations/update-annotation";
import { InvalidInputError, parseInput } from "@/lib/operations/errors";
import { JSON_LD, readJson, refusal, unauthorized } from "@/app/api/respond";

type Context = { params: Promise<{ annotationId: string }> };

/** The version an update is based on: the body's "draftwatch:version", or an If-Match header. */
function baseVersion(request: NextRequest, fromBody?: number): number {
  const header = request.headers.get("if-match")?.replace(/[W/"]/g, "");
  const version = fromBody ?? (header ? Number(header) : NaN);
  if (!Number.isInteger(version)) throw new InvalidInputError("Say which version you changed: \"draftwatch:version\" in the body or an If-Match header.");
  return version;
}

export async function GET(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const { annotationId } = await params;
  try {
    const annotation = await loadAnnotationFor(getDb(), actor, annotationId, "annotation:read");
    return NextResponse.json(toWebAnnotation(annotation, request.nextUrl.origin), { headers: { "content-type": JSON_LD, etag: `"${annotation.version}"` } });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}

export async function PUT(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const { annotationId } = await params;
  try {
    const input = fromWebAnnotation(parseInput(webAnnotationInputSchema, await readJson(request)));
    const { version, content } = input;
    // The words an annotation is on do not change through an update; the rest is checked by updateAnnotation's schema.
    const updated = await updateAnnotation(getDb(), actor, { ...content, annotationId, version: baseVersion(request, version) } as UpdateAnnotationInput);
    return NextResponse.json(toWebAnnotation(updated, request.nextUrl.origin), { headers: { "content-type": JSON_LD, etag: `"${updated.version}"` } });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}

export async function DELETE(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const { annotationId } = await params;
  try {
    const query = request.nextUrl.searchParams.get("version");
    await deleteAnnotation(getDb(), actor, { annotationId, version: baseVersion(request, query ? Number(query) : undefined) });
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}
