import { formatListNumber } from "./number-formats";
import { child, children, type XmlElement } from "./xml";

// Word does not store list numbers in the text: it computes "1.", "(a)", "(i)" from the list
// definitions in numbering.xml while it lays the document out. This module does the same count.

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every placeholder in decimal. */
  legal: boolean;
  /** Whether the level restarts after a higher level (w:lvlRestart 0 means never). */
  restarts: boolean;
}

interface ListInstance {
  abstractId: string;
  levels: Map<number, LevelDefinition>;
  startOverrides: Map<number, number>;
}

interface StyleNumbering {
  basedOn: string | null;
  numId: string | null;
  level: number | null;
}

/** Qualified-name helper for the WordprocessingML namespace (see xml.qualifiedNames). */
export type WordName = (local: string) => string;

export class WordNumbering {
  private readonly instances = new Map<string, ListInstance>();
  private readonly styles = new Map<string, StyleNumbering>();
  /** Paragraph style → list it is linked to from a level's w:pStyle. */
  private readonly styleLevels = new Map<string, { numId: string; level: number }>();
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly startedInstances = new Set<string>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null, w: WordName) {
    if (styles) this.readStyles(styles, w);
    if (numbering) this.readNumbering(numbering, w);
  }

  private readStyles(root: XmlElement, w: WordName): void {
    for (const style of children(root, w("style"))) {
      const id = style.attributes[w("styleId")];
      if (!id) continue;
      const numPr = child(child(style, w("pPr")), w("numPr"));
      const numId = child(numPr, w("numId"))?.attributes[w("val")] ?? null;
      const ilvl = child(numPr, w("ilvl"))?.attributes[w("val")];
      this.styles.set(id, {
        basedOn: child(style, w("basedOn"))?.attributes[w("val")] ?? null,
        numId,
        level: ilvl === undefined ? null : Number(ilvl),
      });
    }
  }

  private readNumbering(root: XmlElement, w: WordName): void {
    const abstracts = new Map<string, { levels: Map<number, LevelDefinition>; styleLink: string | null }>();
    for (const abstract of children(root, w("abstractNum"))) {
      const levels = new Map<number, LevelDefinition>();
      for (const level of children(abstract, w("lvl"))) levels.set(Number(level.attributes[w("ilvl")] ?? 0), readLevel(level, w));
      abstracts.set(abstract.attributes[w("abstractNumId")] ?? "", {
        levels,
        styleLink: child(abstract, w("numStyleLink"))?.attributes[w("val")] ?? null,
      });
    }
    const nums = children(root, w("num")).map((num) => ({
      numId: num.attributes[w("numId")] ?? "",
      abstractId: child(num, w("abstractNumId"))?.attributes[w("val")] ?? "",
      overrides: children(num, w("lvlOverride")),
    }));
    const abstractOf = (abstractId: string, seen = new Set<string>()): [string, Map<number, LevelDefinition>] => {
      const abstract = abstracts.get(abstractId);
      // A numbering style link points at a style whose numPr names the list that holds the levels.
      const linkedNumId = abstract?.styleLink ? this.styles.get(abstract.styleLink)?.numId : null;
      const linked = linkedNumId ? nums.find((num) => num.numId === linkedNumId) : undefined;
      if (linked && !seen.has(linked.abstractId)) return abstractOf(linked.abstractId, seen.add(abstractId));
      return [abstractId, abstract?.levels ?? new Map()];
    };
    for (const num of nums) {
      const [abstractId, abstractLevels] = abstractOf(num.abstractId);
      const levels = new Map(abstractLevels);
      const startOverrides = new Map<number, number>();
      for (const override of num.overrides) {
        const ilvl = Number(override.attributes[w("ilvl")] ?? 0);
        const start = child(override, w("startOverride"))?.attributes[w("val")];
        if (start !== undefined) startOverrides.set(ilvl, Number(start));
        const level = child(override, w("lvl"));
        if (level) levels.set(ilvl, readLevel(level, w));
      }
      this.instances.set(num.numId, { abstractId, levels, startOverrides });
    }
    for (const abstract of children(root, w("abstractNum"))) {
      const abstractId = abstract.attributes[w("abstractNumId")] ?? "";
      const numId = nums.find((num) => num.abstractId === abstractId)?.numId;
      if (numId === undefined) continue;
      for (const level of children(abstract, w("lvl"))) {
        const style = child(level, w("pStyle"))?.attributes[w("val")];
        if (style) this.styleLevels.set(style, { numId, level: Number(level.attributes[w("ilvl")] ?? 0) });
      }
    }
  }

  /** The list and level a paragraph belongs to, from its own numPr or its style's. */
  private resolve(numId: string | null, level: number | null, styleId: string | null): { numId: string; level: number } | null {
    let styleNumId: string | null = null;
    let styleLevel: number | null = null;
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const style = this.styles.get(id);
      styleNumId ??= style?.numId ?? null;
      styleLevel ??= style?.level ?? null;
    }
    const linked = styleId ? this.styleLevels.get(styleId) : undefined;
    const resolvedNumId = numId ?? styleNumId ?? linked?.numId ?? null;
    if (resolvedNumId === null || resolvedNumId === "0") return null;
    return { numId: resolvedNumId, level: level ?? styleLevel ?? linked?.level ?? 0 };
  }

  /**
   * Counts one paragraph and returns its list label ("1.", "(a)"), or null when it is not in a
   * list. Must be called for every paragraph in document order.
   */
  next(numId: string | null, level: number | null, styleId: string | null): string | null {
    const place = this.resolve(numId, level, styleId);
    if (!place) return null;
    const instance = this.instances.get(place.numId);
    const definition = instance?.levels.get(place.level);
    if (!instance || !definition) return null;
    // Lists that share an abstract definition continue one another, unless an instance starts
    // afresh with w:startOverride (as Word does, and as "restart numbering" writes it).
    const counters = this.counters.get(instance.abstractId) ?? new Map<number, number>();
    this.counters.set(instance.abstractId, counters);
    if (!this.startedInstances.has(place.numId)) {
      this.startedInstances.add(place.numId);
      for (const [ilvl, start] of instance.startOverrides) counters.set(ilvl, start - 1);
    }
    counters.set(place.level, (counters.get(place.level) ?? definition.start - 1) + 1);
    for (const [ilvl] of counters) {
      if (ilvl > place.level && instance.levels.get(ilvl)?.restarts !== false) counters.delete(ilvl);
    }
    if (definition.format === "bullet") return "•";
    const label = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const ilvl = Number(digit) - 1;
      const levelDefinition = instance.levels.get(ilvl);
      const value = counters.get(ilvl) ?? levelDefinition?.start ?? 1;
      return formatListNumber(value, definition.legal && ilvl < place.level ? "decimal" : levelDefinition?.format ?? "decimal");
    });
    return label.trim() === "" ? null : label;
  }
}

function readLevel(level: XmlElement, w: WordName): LevelDefinition {
  const value = (name: string): string | undefined => child(level, w(name))?.attributes[w("val")];
  const legal = child(level, w("isLgl"));
  return {
    start: Number(value("start") ?? 1),
    format: value("numFmt") ?? "decimal",
    text: value("lvlText") ?? "",
    legal: legal !== undefined && legal.attributes[w("val")] !== "0" && legal.attributes[w("val")] !== "false",
    restarts: value("lvlRestart") !== "0",
  };
}
