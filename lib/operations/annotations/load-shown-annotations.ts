import type { Actor } from "../../auth/permissions";
import { listAnnotationsById, type AnnotationRecord } from "../../db/annotations";
import type { Db } from "../../db/client";

/**
 * The annotations a page writes out in full (lib/annotations/shown-annotations chooses them per
 * article or pair), read in one query: each group's in its order, and the ids of all of them.
 */
export async function loadShownAnnotations<K>(db: Db, actor: Actor, draftId: string, shown: ReadonlyMap<K, { ids: string[] }>) {
  const records = await listAnnotationsById(db, actor, draftId, [...shown.values()].flatMap((group) => group.ids));
  const byId = new Map(records.map((record) => [record.id, record]));
  return {
    ids: new Set(byId.keys()) as ReadonlySet<string>,
    of: (key: K): AnnotationRecord[] => (shown.get(key)?.ids ?? []).flatMap((id) => byId.get(id) ?? []),
  };
}
