import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { importParsedDraft } from "@/lib/operations/import-parsed-draft";
import type { ImportParsedDraftInput } from "@/lib/operations/import-parsed-draft.schema";
import { refusal, signInFirst } from "./refusal";

// POST /api/drafts (JSON: the draft's metadata and the provision tree checked in the preview):
// stores the draft in one transaction and answers with where to find it.
export async function POST(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return signInFirst();
  const body: unknown = await request.json().catch(() => null);
  if (body === null || typeof body !== "object") return NextResponse.json({ error: "The draft did not arrive complete. Try again." }, { status: 400 });
  try {
    const stored = await importParsedDraft(getDb(), actorOf(user), body as ImportParsedDraftInput);
    return NextResponse.json({ ...stored, url: `/drafts/${stored.draftId}` }, { status: 201 });
  } catch (error) {
    const answer = refusal(error);
    if (answer) return answer;
    throw error;
  }
}
