import { NextResponse, type NextRequest } from "next/server";
import { requestActor } from "@/lib/auth/request-actor";
import { comparisonJson } from "@/lib/compare/render-terminal";
import { getDb } from "@/lib/db/client";
import { getComparison } from "@/lib/operations/get-comparison";
import { refusal, unauthorized } from "../respond";

// GET /api/compare?from=<draftId>&to=<draftId>: the compare page's summary, pairs and diff operations,
// for a session or a personal token, as the annotation API.
export async function GET(request: NextRequest) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const query = Object.fromEntries(request.nextUrl.searchParams);
  try {
    const view = await getComparison(getDb(), actor, { from: query.from ?? "", to: query.to ?? "", ignoreWhitespace: query.ignoreWhitespace, ignorePunctuation: query.ignorePunctuation });
    const json = comparisonJson(view.comparison);
    return NextResponse.json({
      from: { id: view.fromDraft.id, title: view.fromDraft.title, symbol: view.fromDraft.symbol, language: view.fromDraft.language },
      to: { id: view.toDraft.id, title: view.toDraft.title, symbol: view.toDraft.symbol, language: view.toDraft.language },
      summary: json.summary,
      pairs: json.pairs.map((pair, i) => ({
        ...pair,
        fromIds: view.comparison.pairs[i]!.from.map((a) => a.id),
        toIds: view.comparison.pairs[i]!.to.map((a) => a.id),
        confirmed: Boolean(view.comparison.pairs[i]!.confirmed),
      })),
    });
  } catch (error) {
    return refusal(error, request.nextUrl.origin);
  }
}
