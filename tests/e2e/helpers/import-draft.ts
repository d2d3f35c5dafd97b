import type { APIRequestContext } from "@playwright/test";

/** Imports a draft from its text through the import API, as the signed-in editor does; its id. */
export async function importDraft(request: APIRequestContext, draft: { treaty: string; title: string; date: string; text: string }): Promise<string> {
  const preview = await request.post("/api/drafts/preview", { multipart: { text: draft.text, language: "en" } });
  if (!preview.ok()) throw new Error(`The preview was refused: ${await preview.text()}`);
  const { provisions } = (await preview.json()) as { provisions: unknown };
  const stored = await request.post("/api/drafts", { data: { treaty: draft.treaty, title: draft.title, date: draft.date, language: "en", provisions } });
  if (stored.status() !== 201) throw new Error(`The import was refused: ${await stored.text()}`);
  return ((await stored.json()) as { draftId: string }).draftId;
}
