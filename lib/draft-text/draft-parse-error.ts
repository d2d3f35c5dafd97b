/** Thrown when a file cannot be placed in the draft structure at all (as opposed to warnings). */
export class DraftParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly lineText: string,
  ) {
    super(message);
    this.name = "DraftParseError";
  }
}
