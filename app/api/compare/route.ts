import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/auth/permissions";
import { comparisonJson } from "@/lib/compare/render-terminal";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { InvalidInputError, NotFoundError } from "@/lib/operations/errors";
import { getComparison } from "@/lib/operations/get-comparison";

// GET /api/compare?from=<draftId>&to=<draftId>: the compare page's summary, pairs and diff operations.
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to compare drafts." }, { status: 401 });
  const query = Object.fromEntries(request.nextUrl.searchParams);
  try {
    const view = await getComparison(getDb(), actorOf(user), { from: query.from ?? "", to: query.to ?? "", ignoreWhitespace: query.ignoreWhitespace, ignorePunctuation: query.ignorePunctuation });
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
    if (error instanceof InvalidInputError) return NextResponse.json({ error: error.message }, { status: 400 });
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
    throw error;
  }
}
