import type { AnnotationRecord } from "../../db/annotations";
import { ConflictError } from "../errors";

/** Someone changed the annotation since the editor loaded it: their change stands, ours is refused with theirs to see. */
export class StaleEditError extends ConflictError {
  constructor(readonly current: AnnotationRecord) {
    super(`This annotation was changed by someone else in the meantime (now version ${current.version}). Your edit was not saved: look at the current text, then edit again.`);
  }
}
