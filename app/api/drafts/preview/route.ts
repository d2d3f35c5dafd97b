import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { fileTooLarge, MAX_DRAFT_FILE_BYTES } from "@/lib/draft-import";
import { actorOf } from "@/lib/db/users";
import { previewDraft } from "@/lib/operations/preview-draft";
import { refusal, signInFirst } from "../refusal";

// Room for the multipart envelope and the other fields around a file of the largest size allowed.
const FORM_OVERHEAD_BYTES = 64 * 1024;

function badRequest(error: string, status = 400) {
  return NextResponse.json({ error }, { status });
}

/** The draft in the upload: a file, or text pasted in the form (read as a .txt file). */
function draftBytes(form: FormData): Promise<{ bytes: Uint8Array; fileName: string }> | null {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) return file.arrayBuffer().then((buffer) => ({ bytes: new Uint8Array(buffer), fileName: file.name }));
  const text = form.get("text");
  if (typeof text === "string" && text.trim() !== "") return Promise.resolve({ bytes: new TextEncoder().encode(text), fileName: "pasted.txt" });
  return null;
}

// POST /api/drafts/preview (multipart: `file` or `text`, `language`): the parsed tree for the
// import page's preview. Writes nothing.
export async function POST(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return signInFirst();
  const actor = actorOf(user);
  if (!can(actor, "draft:import")) return badRequest(new ForbiddenError("draft:import").message, 403);
  // Refuse an oversized upload from its announced length, before receiving it.
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_DRAFT_FILE_BYTES + FORM_OVERHEAD_BYTES) return badRequest(fileTooLarge(length).message, 413);

  const form = await request.formData().catch(() => null);
  if (!form) return badRequest("The upload did not arrive complete. Try again.");
  const file = form.get("file");
  if (file instanceof File && file.size > MAX_DRAFT_FILE_BYTES) return badRequest(fileTooLarge(file.size).message, 413);
  const draft = draftBytes(form);
  if (!draft) return badRequest("Choose a .docx, .pdf or .txt file, or paste the draft's text.");
  try {
    const { bytes, fileName } = await draft;
    return NextResponse.json(await previewDraft(actor, { bytes, fileName, language: String(form.get("language") ?? "") }));
  } catch (error) {
    const answer = refusal(error);
    if (answer) return answer;
    throw error;
  }
}
