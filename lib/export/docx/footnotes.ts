import type { Paragraph } from "docx";

/** The document's footnotes, numbered from 1 in the order their references are written. */
export class Footnotes {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private count = 0;

  /** The id for a FootnoteReferenceRun. */
  add(children: Paragraph[]): number {
    this.count += 1;
    this.notes[String(this.count)] = { children };
    return this.count;
  }

  /** For the Document's `footnotes` option. */
  all(): Readonly<Record<string, { children: Paragraph[] }>> {
    return this.notes;
  }
}
