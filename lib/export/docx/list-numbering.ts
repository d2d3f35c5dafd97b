import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from "docx";
import type { RichTextBulletList, RichTextOrderedList } from "../../rich-text/types";

// Word numbering for the lists of rich text. Each list is its own instance of a definition, so
// every numbered list counts from its own start instead of continuing the one before it.

/** Word has nine list levels; deeper nesting stays at the last. */
export const MAX_LEVEL = 8;

const BULLETS = ["•", "◦", "▪"];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function level(index: number, format: ILevelsOptions["format"], text: string, start: number): ILevelsOptions {
  // `start` indents from the leading edge, so the same levels serve right-to-left lists.
  return { level: index, format, text, start, alignment: AlignmentType.START, style: { paragraph: { indent: { start: 720 * (index + 1), hanging: 360 } } } };
}

function levels(make: (index: number) => ILevelsOptions): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, index) => make(index));
}

const BULLET_LIST: NumberingDefinition = {
  reference: "draftwatch-bullet",
  levels: levels((index) => level(index, LevelFormat.BULLET, BULLETS[index % BULLETS.length] ?? "•", 1)),
};

/** A numbered list's levels all start at its `start`: nested lists are lists of their own. */
function orderedList(start: number): NumberingDefinition {
  return {
    reference: `draftwatch-ordered-from-${start}`,
    levels: levels((index) => level(index, ORDERED_FORMATS[index % ORDERED_FORMATS.length], `%${index + 1}.`, start)),
  };
}

export interface ListNumberingRef {
  reference: NumberingDefinition;
  instance: number;
}

/** Hands out a numbering instance per list of the document. */
export class ListNumbering {
  private lists = 0;

  start(list: RichTextBulletList | RichTextOrderedList): ListNumberingRef {
    this.lists += 1;
    return { reference: list.type === "bulletList" ? BULLET_LIST : orderedList(list.attrs?.start ?? 1), instance: this.lists };
  }
}
