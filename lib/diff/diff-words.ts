import { findMoves } from "./detect-moves";
import { diffAroundMoves } from "./diff-around-moves";
import { ignoreChanges } from "./ignore-changes";
import { mergeOps } from "./merge-ops";
import { runsToOps } from "./runs-to-ops";
import { SideReader, type ReadSide } from "./side-reader";
import type { DiffOp, DiffOptions } from "./types";

/**
 * Word-level comparison of two texts: whole words only, moved sentences and paragraphs shown as
 * moves. Without ignore options the ops read back to both texts exactly.
 */
export function diffWords(before: string, after: string, options: DiffOptions = {}): DiffOp[] {
  return new WordDiffer(options).diff(before, after);
}

/** `diffWords` for the many texts of one comparison, each read only once (see SideReader). */
export class WordDiffer {
  private readonly reader: SideReader;

  constructor(private readonly options: DiffOptions = {}) {
    this.reader = new SideReader(options);
  }

  diff(before: string, after: string): DiffOp[] {
    return this.diffSides(before, after, () => [this.reader.read(before), this.reader.read(after)]);
  }

  /** The diff of the parts joined by line breaks, as an article's text is of its paragraphs. */
  diffJoined(before: readonly string[], after: readonly string[]): DiffOp[] {
    const beforeText = before.join("\n");
    const afterText = after.join("\n");
    return this.diffSides(beforeText, afterText, () => [this.reader.readJoined(beforeText, before), this.reader.readJoined(afterText, after)]);
  }

  private diffSides(before: string, after: string, read: () => [ReadSide, ReadSide]): DiffOp[] {
    const { options } = this;
    // Most provisions come through a new draft untouched: nothing to tokenise.
    if (before === after) return before === "" ? [] : [{ type: "equal", text: after }];
    // Added or removed text (a new article, a dropped paragraph) is one insertion or deletion.
    if (before === "" || after === "") {
      return mergeOps(ignoreChanges([before === "" ? { type: "insert", text: after } : { type: "delete", text: before }], options));
    }
    const [beforeSide, afterSide] = read();
    const runs = diffAroundMoves(beforeSide, afterSide, findMoves(beforeSide, afterSide));
    return mergeOps(ignoreChanges(runsToOps(runs, beforeSide, afterSide), options));
  }
}
