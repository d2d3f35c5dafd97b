import { DraftParseError } from "./draft-parse-error";
import { matchPreambleHeading, matchStructuralHeading, type PreambleHeading, type StructuralHeading } from "./headings";
import {
  matchParagraphMarker,
  matchSubparagraphMarker,
  subparagraphLevel,
  type ItemMarker,
  type SubparagraphMarker,
} from "./numbering";
import { romanToInt } from "./roman";
import { splitNormalisedLines, stripHeadingMarkup } from "./text-cleanup";
import { tokenize, type LineToken, type Token } from "./tokenize";
import type { ParsedDraft, ParsedProvision, ParseWarning, ProvisionKind } from "./types";

export interface ParseDraftTextOptions {
  /** ISO 639-1 code restricting heading words to one language; all languages when absent or unknown. */
  language?: string;
}

const MAX_HEADING_LENGTH = 200;
const MAX_HEADING_SENTENCE_WORDS = 12;
const ERROR_SNIPPET_LENGTH = 60;

interface SequencePoint {
  value: number;
  label: string;
}

interface ArticleNumbering {
  last: SequencePoint | null;
  firstLine: Map<string, number>;
}

function numericValue(number: string | null): number | null {
  if (number === null) return null;
  if (/^\d+$/.test(number)) return Number(number);
  return romanToInt(number);
}

function joinLines(previous: string, next: string): string {
  // "com-\nmunication": a hyphen at a line end before a lowercase word is a typesetting break.
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

function startsProvision(text: string, language: string | undefined): boolean {
  return (
    matchStructuralHeading(text, language) !== null ||
    matchParagraphMarker(text) !== null ||
    matchSubparagraphMarker(text) !== null
  );
}

function snippet(text: string): string {
  const chars = [...text];
  return chars.length > ERROR_SNIPPET_LENGTH ? `${chars.slice(0, ERROR_SNIPPET_LENGTH).join("")}…` : text;
}

/** Builds the provision tree one input line at a time. */
class DraftBuilder {
  readonly provisions: ParsedProvision[] = [];
  readonly warnings: ParseWarning[] = [];
  // Own text of each provision as a list of paragraphs, joined only at the end.
  private readonly texts = new Map<ParsedProvision, string[]>();
  private preamble: ParsedProvision | null = null;
  private explicitPreamble = false;
  private structureStarted = false;
  /** Open parts/chapters/sections/titles/annexes, outermost first. */
  private containers: ParsedProvision[] = [];
  // Nesting order of container kinds as met in this document: Budapest nests titles inside
  // sections, other treaties nest chapters inside titles.
  private readonly levelOrder: ProvisionKind[] = [];
  private article: ParsedProvision | null = null;
  private paragraph: ParsedProvision | null = null;
  private letter: ParsedProvision | null = null;
  private previousLetter: string | null = null;
  private item: ParsedProvision | null = null;
  /** Receives continuation lines. */
  private target: ParsedProvision | null = null;
  private pendingHeading: ParsedProvision | null = null;
  private lastLineText = "";
  private articleCount = 0;
  private readonly articleNumbering = new Map<ParsedProvision | null, ArticleNumbering>();
  private readonly paragraphNumbering = new Map<ParsedProvision, SequencePoint>();

  constructor(private readonly language: string | undefined) {}

  consume(token: LineToken, before: Token["type"], next: Token | undefined): void {
    const previousLineText = this.lastLineText;
    this.lastLineText = token.text;

    const structural = matchStructuralHeading(token.text, this.language);
    if (structural) return this.openStructural(structural, token.line);

    const preamble = this.structureStarted || this.explicitPreamble ? null : matchPreambleHeading(token.text, this.language);
    if (preamble) return this.openPreamble(preamble, token.line);

    const paragraphMarker = matchParagraphMarker(token.text);
    if (paragraphMarker) return this.addParagraph(paragraphMarker, token);
    const subparagraphMarker = matchSubparagraphMarker(token.text);
    if (subparagraphMarker) return this.addSubparagraph(subparagraphMarker, token);

    if (this.pendingHeading) {
      if (this.isHeadingLine(token, next)) {
        this.pendingHeading.heading = stripHeadingMarkup(token.text);
        this.pendingHeading = null;
        return;
      }
      this.resolvePendingHeading();
    }

    // Markdown headings ahead of any provision are the document's title, which is not a provision.
    if (token.markdownHeading && !this.structureStarted && !this.preamble) return;

    const continues =
      before === "line" || (before === "pageBreak" && this.continuesAcrossPage(previousLineText, token.text));
    if (continues && this.target) this.addText(this.target, token.text, false);
    else this.addUnnumberedParagraph(token);
  }

  finish(): ParsedDraft {
    this.resolvePendingHeading();
    if (this.articleCount === 0) {
      throw new DraftParseError("No article found: expected headings such as “Article 1”.", 0, "");
    }
    const finalise = (node: ParsedProvision): void => {
      node.text = (this.texts.get(node) ?? [])
        .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
        .filter((paragraph) => paragraph !== "")
        .join("\n\n");
      node.children.forEach(finalise);
    };
    this.provisions.forEach(finalise);
    return { provisions: this.provisions, warnings: this.warnings };
  }

  private createNode(kind: ProvisionKind, label: string | null, number: string | null, heading: string | null, line: number): ParsedProvision {
    const node: ParsedProvision = { kind, label, number, heading, text: "", line, children: [] };
    this.texts.set(node, []);
    return node;
  }

  private addText(node: ParsedProvision, text: string, newParagraph: boolean): void {
    this.target = node;
    if (text === "") return;
    const paragraphs = this.texts.get(node) ?? [];
    this.texts.set(node, paragraphs);
    const last = paragraphs[paragraphs.length - 1];
    if (newParagraph || last === undefined) paragraphs.push(text);
    else paragraphs[paragraphs.length - 1] = joinLines(last, text);
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  private openPreamble(heading: PreambleHeading, line: number): void {
    // Whatever preceded an explicit preamble heading was the document's title.
    if (this.preamble) this.provisions.splice(this.provisions.indexOf(this.preamble), 1);
    this.preamble = this.createNode("PREAMBLE", heading.label, null, null, line);
    this.explicitPreamble = true;
    this.provisions.push(this.preamble);
    this.addText(this.preamble, heading.inlineText ?? "", true);
  }

  private openStructural(heading: StructuralHeading, line: number): void {
    this.resolvePendingHeading();
    this.structureStarted = true;
    this.closeArticle();
    const node = this.createNode(heading.kind, heading.label, heading.number, heading.heading, line);
    if (heading.kind === "ARTICLE") {
      this.attachToContainer(node);
      this.article = node;
      this.articleCount++;
      this.checkArticleNumber(node);
    } else if (heading.kind === "ANNEX") {
      this.containers = [node];
      this.provisions.push(node);
    } else {
      this.placeContainer(node);
    }
    this.target = node;
    this.pendingHeading = heading.heading === null ? node : null;
  }

  private placeContainer(node: ParsedProvision): void {
    const isLevel = (open: ParsedProvision): boolean => open.kind !== "ANNEX";
    if (!this.levelOrder.includes(node.kind)) {
      const innermost = this.containers[this.containers.length - 1];
      const anchor = innermost && isLevel(innermost) ? this.levelOrder.indexOf(innermost.kind) : -1;
      this.levelOrder.splice(anchor + 1, 0, node.kind);
    }
    const rank = this.levelOrder.indexOf(node.kind);
    for (;;) {
      const innermost = this.containers[this.containers.length - 1];
      if (!innermost || !isLevel(innermost) || this.levelOrder.indexOf(innermost.kind) < rank) break;
      this.containers.pop();
    }
    this.attachToContainer(node);
    this.containers.push(node);
  }

  private attachToContainer(node: ParsedProvision): void {
    const parent = this.containers[this.containers.length - 1];
    (parent ? parent.children : this.provisions).push(node);
  }

  private closeArticle(): void {
    this.article = null;
    this.paragraph = null;
    this.letter = null;
    this.item = null;
    this.previousLetter = null;
  }

  private resolvePendingHeading(): void {
    if (this.pendingHeading?.kind === "ARTICLE") {
      this.warn(this.pendingHeading.line, `${this.pendingHeading.label} has no heading.`);
    }
    this.pendingHeading = null;
  }

  /**
   * Whether the line after a structural heading is that provision's title rather than its first
   * sentence: short, not a chapeau (":"), not a wrapped sentence, not a long full sentence.
   */
  private isHeadingLine(token: LineToken, next: Token | undefined): boolean {
    const text = stripHeadingMarkup(token.text);
    if (text === "" || text.length > MAX_HEADING_LENGTH) return false;
    if (token.markdownHeading) return true;
    if (/^\p{Ll}/u.test(text) || /[:;,]$/.test(text)) return false;
    const nextText = next?.type === "line" && !startsProvision(next.text, this.language) ? next.text : null;
    if (/[.!?]$/.test(text) && (text.split(" ").length > MAX_HEADING_SENTENCE_WORDS || nextText !== null)) return false;
    return !(nextText !== null && /^\p{Ll}/u.test(nextText));
  }

  /** A paragraph broken by a page break goes on when its last line had no closing punctuation. */
  private continuesAcrossPage(previous: string, next: string): boolean {
    return !/[.:;!?]["”’)\]]*$/.test(previous) || /^\p{Ll}/u.test(next);
  }

  /** Where numbered items go: the open article, or the innermost container inside an annex. */
  private numberingHost(): ParsedProvision | null {
    if (this.article) return this.article;
    if (this.containers[0]?.kind !== "ANNEX") return null;
    return this.containers[this.containers.length - 1] ?? null;
  }

  private placeOutsideArticle(token: LineToken, what: string): void {
    if (this.structureStarted) {
      throw new DraftParseError(
        `Line ${token.line}: “${snippet(token.text)}” is a ${what} outside any article.`,
        token.line,
        token.raw,
      );
    }
    // Before the first heading numbered lines are preambular text.
    this.addPreambleText(token, true);
  }

  private addPreambleText(token: LineToken, newParagraph: boolean): void {
    if (!this.preamble) {
      this.preamble = this.createNode("PREAMBLE", null, null, null, token.line);
      this.provisions.push(this.preamble);
    }
    this.addText(this.preamble, token.text, newParagraph);
  }

  private addParagraph(marker: ItemMarker, token: LineToken): void {
    this.resolvePendingHeading();
    const host = this.numberingHost();
    if (!host) return this.placeOutsideArticle(token, "numbered paragraph");
    const node = this.createNode("PARAGRAPH", marker.label, marker.number, null, token.line);
    host.children.push(node);
    this.checkParagraphNumber(host, node);
    this.paragraph = node;
    this.letter = null;
    this.item = null;
    this.previousLetter = null;
    this.addText(node, marker.rest, true);
  }

  private addSubparagraph(marker: SubparagraphMarker, token: LineToken): void {
    this.resolvePendingHeading();
    const host = this.numberingHost();
    if (!host) return this.placeOutsideArticle(token, "subparagraph");
    const node = this.createNode("SUBPARAGRAPH", marker.label, marker.number, null, token.line);
    if (subparagraphLevel(marker, this.previousLetter) === "letter") {
      (this.paragraph ?? host).children.push(node);
      this.letter = node;
      this.item = null;
      this.previousLetter = marker.number;
    } else {
      (this.letter ?? this.paragraph ?? host).children.push(node);
      this.item = node;
    }
    this.addText(node, marker.rest, true);
  }

  private addUnnumberedParagraph(token: LineToken): void {
    const host = this.numberingHost();
    if (!host) {
      const container = this.containers[this.containers.length - 1];
      if (container) this.addText(container, token.text, true);
      else this.addPreambleText(token, true);
      return;
    }
    // Before the first numbered item it is the chapeau, i.e. the host's own text.
    if (host.children.length === 0) return this.addText(host, token.text, true);
    const node = this.createNode("PARAGRAPH", null, null, null, token.line);
    // Dash bullets continue the innermost item ("… provisions of:\n\n– the European Convention…");
    // other text closes the lettered items and belongs to the numbered paragraph.
    if (/^[–—•-]\s/u.test(token.text)) {
      (this.item ?? this.letter ?? this.paragraph ?? host).children.push(node);
    } else {
      (this.paragraph ?? host).children.push(node);
      this.letter = null;
      this.item = null;
      this.previousLetter = null;
    }
    this.addText(node, token.text, true);
  }

  private checkSequence(line: number, what: string, previous: SequencePoint, value: number): void {
    if (value > previous.value + 1) this.warn(line, `${what} follows ${previous.label}: numbering gap.`);
    else if (value <= previous.value) this.warn(line, `${what} follows ${previous.label}: numbering out of order.`);
  }

  private checkArticleNumber(article: ParsedProvision): void {
    // Annexes (e.g. protocols) number their articles afresh.
    const scope = this.containers[0]?.kind === "ANNEX" ? this.containers[0] : null;
    const numbering = this.articleNumbering.get(scope) ?? { last: null, firstLine: new Map<string, number>() };
    this.articleNumbering.set(scope, numbering);
    const key = article.number ?? "";
    const firstLine = numbering.firstLine.get(key);
    if (firstLine !== undefined) {
      this.warn(article.line, `${article.label} appears more than once (first on line ${firstLine}).`);
      return;
    }
    numbering.firstLine.set(key, article.line);
    const value = numericValue(article.number);
    if (value === null) return;
    const label = article.label ?? "";
    if (numbering.last) this.checkSequence(article.line, label, numbering.last, value);
    numbering.last = { value, label };
  }

  private checkParagraphNumber(host: ParsedProvision, paragraph: ParsedProvision): void {
    const value = numericValue(paragraph.number);
    if (value === null) return;
    const label = `paragraph ${paragraph.number}`;
    const previous = this.paragraphNumbering.get(host);
    if (previous) {
      const where = host.label ? ` in ${host.label}` : "";
      this.checkSequence(paragraph.line, `Paragraph ${paragraph.number}${where}`, previous, value);
    }
    this.paragraphNumbering.set(host, { value, label });
  }
}

/**
 * Parses a negotiating draft in the published plain-text layout into its provision tree.
 * Throws DraftParseError when the text is empty, has no article, or has numbered text that cannot
 * be placed; recoverable oddities (numbering gaps, duplicates, missing headings) become warnings.
 */
export function parseDraftText(text: string, options: ParseDraftTextOptions = {}): ParsedDraft {
  const lines = splitNormalisedLines(text);
  if (lines.every((line) => line.trim() === "")) throw new DraftParseError("The file is empty.", 0, "");
  const tokens = tokenize(lines, options.language);
  const builder = new DraftBuilder(options.language);
  tokens.forEach((token, index) => {
    if (token.type !== "line") return;
    builder.consume(token, tokens[index - 1]?.type ?? "blank", tokens[index + 1]);
  });
  return builder.finish();
}
