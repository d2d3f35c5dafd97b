import type { AnnotationRecord } from "@/lib/db/annotations";

// The records' dates travel as ISO strings: every date field of an annotation, its anchors and
// replies is named "…At", so they are turned back into dates by name.
const revive = (key: string, value: unknown) => (key.endsWith("At") && typeof value === "string" ? new Date(value) : value);

/** The annotations of `ids` on one draft that the signed-in reader may see (app/api/drafts/[draftId]/shown-annotations). */
export async function fetchShownAnnotations(draftId: string, ids: readonly string[], signal: AbortSignal): Promise<AnnotationRecord[]> {
  if (ids.length === 0) return [];
  const query = new URLSearchParams(ids.map((id) => ["id", id]));
  const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/shown-annotations?${query}`, { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`The annotations could not be loaded (${response.status}).`);
  return (JSON.parse(await response.text(), revive) as { annotations: AnnotationRecord[] }).annotations;
}
