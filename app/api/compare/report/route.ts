import { type NextRequest } from "next/server";
import { fileResponse } from "@/app/api/file-response";
import { refusal, unauthorized } from "@/app/api/respond";
import { requestActor } from "@/lib/auth/request-actor";
import { getDb } from "@/lib/db/client";
import { exportComparisonReport } from "@/lib/operations/export-comparison-report";

// GET /api/compare/report?from=<draftId>&to=<draftId>&format=docx|pdf[&scope=changed|all]
export async function GET(request: NextRequest) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const query = Object.fromEntries(request.nextUrl.searchParams);
  try {
    return fileResponse(await exportComparisonReport(getDb(), actor, query));
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}
