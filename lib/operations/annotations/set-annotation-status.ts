import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { parseInput } from "../errors";
import { setAnnotationStatusSchema } from "./annotation.schema";
import { changeAnnotation } from "./change-annotation";
import { loadAnnotationFor } from "./load-annotation";

/** Resolves or reopens an annotation (any analyst who may see it). */
export async function setAnnotationStatus(db: Db, actor: Actor, input: { annotationId: string; version: number; status: "OPEN" | "RESOLVED" }) {
  const data = parseInput(setAnnotationStatusSchema, input);
  await loadAnnotationFor(db, actor, data.annotationId, "annotation:resolve");
  return changeAnnotation(db, actor, data, data.status === "RESOLVED" ? "RESOLVED" : "REOPENED", { status: data.status });
}
