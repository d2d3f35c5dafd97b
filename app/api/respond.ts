import { NextResponse } from "next/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { toWebAnnotation } from "@/lib/annotations/web-annotation";
import { StaleEditError } from "@/lib/operations/annotations/stale-edit-error";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/operations/errors";
import { ChromiumMissingError } from "@/lib/pdf/chromium";

export const JSON_LD = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

export function unauthorized() {
  return NextResponse.json({ error: "Sign in, or send a personal API token as `Authorization: Bearer <token>`." }, { status: 401 });
}

/** The API's answer to a refused request: what went wrong, with the status a client can act on. */
export function refusal(error: unknown, origin: string) {
  if (error instanceof StaleEditError) {
    return NextResponse.json({ error: error.message, current: toWebAnnotation(error.current, origin) }, { status: 409 });
  }
  if (error instanceof ConflictError) return NextResponse.json({ error: error.message }, { status: 409 });
  if (error instanceof InvalidInputError) return NextResponse.json({ error: error.message }, { status: 400 });
  if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
  // The server lacks what prints PDFs: the administrator's to fix, and other formats still work.
  if (error instanceof ChromiumMissingError) return NextResponse.json({ error: error.message }, { status: 503 });
  if (error instanceof SyntaxError) return NextResponse.json({ error: "The request body is not valid JSON." }, { status: 400 });
  throw error;
}

export async function readJson(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > 1_000_000) throw new InvalidInputError("The request body is too large (over 1 MB).");
  return request.json();
}
