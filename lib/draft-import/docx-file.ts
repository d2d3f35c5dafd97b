import mammoth from "mammoth";
import { LIST_LABEL_STYLE, writeListLabels } from "./docx-labels";
import { WordNumbering } from "./docx-numbering";
import { joinBlocks, normaliseExtractedText, type TextBlock } from "./normalise";
import { DraftFileError, type DraftFootnote, type ExtractedDraft } from "./types";
import { parseXml, qualifiedNames } from "./xml";
import { listZipEntries, readZipEntry, replaceZipEntries, type ZipEntry } from "./zip";

const WORD_NAMESPACES = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];
const OFFICE_DOCUMENT = /\/officeDocument$/;
const HEADING_STYLE = /^(heading|title|subtitle|titre|überschrift|encabezado|заголовок)\b|^Heading\d|^H\d$/i;
const MAX_BOLD_HEADING_LENGTH = 120;

const DAMAGED = "This Word file is damaged or incomplete and cannot be read. Open it in Word, save it again as .docx, and upload the new file.";

// The parts of mammoth's document model that are read here.
interface WordNode {
  type: string;
  children?: WordNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  isBold?: boolean;
  breakType?: string;
  noteType?: string;
  noteId?: string;
}

interface WordDocument extends WordNode {
  notes: { resolve(reference: WordNode): { body: WordNode[] } | null };
}

async function readText(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string | null> {
  return entry ? new TextDecoder().decode(await readZipEntry(bytes, entry)) : null;
}

/** Path of the main document part: the package relationship of type officeDocument. */
async function mainPartName(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<string> {
  const rels = await readText(bytes, entries.find((entry) => entry.name === "_rels/.rels"));
  if (rels) {
    const relationship = parseXml(rels).children.find((element) => OFFICE_DOCUMENT.test(element.attributes.Type ?? ""));
    const target = relationship?.attributes.Target;
    if (target) return target.replace(/^\//, "");
  }
  return "word/document.xml";
}

/** The Word file with each list paragraph's number written into its text (see docx-labels). */
async function withListLabels(bytes: Uint8Array): Promise<Uint8Array> {
  const entries = listZipEntries(bytes);
  if (!entries) throw new DraftFileError(DAMAGED);
  try {
    const mainName = await mainPartName(bytes, entries);
    const folder = mainName.replace(/[^/]*$/, "");
    const mainEntry = entries.find((entry) => entry.name === mainName);
    const source = await readText(bytes, mainEntry);
    if (!mainEntry || source === null) throw new DraftFileError(DAMAGED);
    const root = parseXml(source);
    const w = qualifiedNames(root, WORD_NAMESPACES);
    const numberingXml = await readText(bytes, entries.find((entry) => entry.name === `${folder}numbering.xml`));
    const stylesXml = await readText(bytes, entries.find((entry) => entry.name === `${folder}styles.xml`));
    const numbering = new WordNumbering(numberingXml ? parseXml(numberingXml) : null, stylesXml ? parseXml(stylesXml) : null, w);
    const labelled = writeListLabels(source, root, numbering, w);
    return replaceZipEntries(bytes, entries, new Map([[mainName, new TextEncoder().encode(labelled)]]));
  } catch (error) {
    if (error instanceof DraftFileError) throw error;
    throw new DraftFileError(DAMAGED);
  }
}

interface Collected {
  text: string;
  labelled: boolean;
  allBold: boolean;
}

/** Text of a paragraph's content; footnote references are handed to `onNote` and left out. */
function collect(nodes: readonly WordNode[], onNote: (reference: WordNode) => void, into: Collected = { text: "", labelled: false, allBold: true }): Collected {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        into.text += node.value ?? "";
        break;
      case "tab":
        into.text += " ";
        break;
      case "break":
        into.text += node.breakType === "line" || node.breakType === undefined ? "\n" : " ";
        break;
      case "noteReference":
        onNote(node);
        break;
      case "run":
        if (node.styleId === LIST_LABEL_STYLE) into.labelled = true;
        else if (!node.isBold && (node.children ?? []).some((piece) => piece.type === "text" && piece.value?.trim())) into.allBold = false;
        collect(node.children ?? [], onNote, into);
        break;
      default:
        if (node.children && node.type !== "paragraph" && node.type !== "table") collect(node.children, onNote, into);
    }
  }
  return into;
}

function isHeading(paragraph: WordNode, content: Collected, text: string): boolean {
  if (content.labelled || text === "") return false;
  if (HEADING_STYLE.test(paragraph.styleName ?? "") || HEADING_STYLE.test(paragraph.styleId ?? "")) return true;
  return content.allBold && text.length <= MAX_BOLD_HEADING_LENGTH && !/[.:;,]$/.test(text);
}

/** Reads a .docx: paragraphs become blocks in the published plain-text layout. */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDraft> {
  const labelled = await withListLabels(bytes);
  // mammoth has no API for its document model other than the transform hook: capture it there.
  const captured: { document?: WordDocument } = {};
  try {
    await mammoth.convertToHtml({ buffer: labelled as Buffer }, {
      transformDocument: (element: WordDocument) => {
        captured.document = element;
        return element;
      },
    });
  } catch {
    throw new DraftFileError(DAMAGED);
  }
  const root = captured.document;
  if (!root) throw new DraftFileError(DAMAGED);

  const footnotes: DraftFootnote[] = [];
  const noteMarkers = new Map<string, string>();
  const blocks: TextBlock[] = [];
  const onNote = (reference: WordNode): void => {
    const key = `${reference.noteType}-${reference.noteId}`;
    if (noteMarkers.has(key)) return;
    const marker = String(noteMarkers.size + 1);
    noteMarkers.set(key, marker);
    const body = root.notes.resolve(reference)?.body ?? [];
    const text = body.map((paragraph) => normaliseExtractedText(collect(paragraph.children ?? [], () => {}).text)).filter(Boolean).join("\n");
    footnotes.push({ marker, text });
  };
  const visit = (nodes: readonly WordNode[]): void => {
    for (const node of nodes) {
      if (node.type === "paragraph") {
        const notesBefore = footnotes.length;
        const content = collect(node.children ?? [], onNote);
        const text = normaliseExtractedText(content.text);
        for (const note of footnotes.slice(notesBefore)) note.paragraph = text;
        if (text !== "") blocks.push({ text, heading: isHeading(node, content, text) });
      } else if (node.children) {
        visit(node.children);
      }
    }
  };
  visit(root.children ?? []);
  if (blocks.length === 0) throw new DraftFileError("This Word file contains no text. Check that it is the draft you meant to upload.");
  return { text: joinBlocks(blocks), footnotes, warnings: [] };
}
