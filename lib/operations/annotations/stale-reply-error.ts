import { ConflictError } from "../errors";

/** The reply changed since its author opened the editor (in another window): that change stands, this one is refused with it to see. */
export class StaleReplyError extends ConflictError {
  constructor(readonly current: { body: unknown; version: number }) {
    super(`This reply was changed in the meantime (now version ${current.version}). Your edit was not saved: its current text is below; save again to replace it with yours.`);
  }
}
