import { type NextRequest } from "next/server";
import { fileResponse } from "@/app/api/file-response";
import { refusal, unauthorized } from "@/app/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { getDb } from "@/lib/db/client";
import { exportSubmission } from "@/lib/operations/submissions/export-submission";

type Context = { params: Promise<{ submissionId: string; format: string }> };

/** The submission as a download; `X-Draftwatch-Left-Out` counts annotations the requester may not see, left out. */
export async function GET(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const { submissionId, format } = await params;
  try {
    const file = await exportSubmission(getDb(), actor, submissionId, format, request.nextUrl.origin);
    return fileResponse(file, { "x-draftwatch-left-out": String(file.leftOut) });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}
