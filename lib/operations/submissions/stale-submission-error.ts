import { ConflictError } from "../errors";

/** A colleague saved the submission since this editor loaded it: their save stands, this one is refused. */
export class StaleSubmissionError extends ConflictError {
  constructor(readonly currentVersion: number) {
    super(`A colleague saved this submission in the meantime (now version ${currentVersion}). Your changes were not saved: reload to see theirs, then make yours again.`);
  }
}
