import { NextResponse } from "next/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { DraftFileError } from "@/lib/draft-import";
import { DraftParseError } from "@/lib/draft-text/draft-parse-error";
import { InvalidInputError } from "@/lib/operations/errors";

/** The JSON answer to a request the editor can correct, or null for a fault of ours (left to throw). */
export function refusal(error: unknown): NextResponse | null {
  if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
  if (error instanceof InvalidInputError || error instanceof DraftFileError || error instanceof DraftParseError) {
    return NextResponse.json({ error: error.message }, { status: 400 });
  }
  return null;
}

export function signInFirst(): NextResponse {
  return NextResponse.json({ error: "Your session has ended. Sign in again to import drafts." }, { status: 401 });
}
