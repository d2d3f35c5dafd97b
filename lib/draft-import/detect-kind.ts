import { DraftFileError, type DraftFileKind } from "./types";

const SUPPORTED = "Upload the draft as a Word document (.docx), a PDF or a plain-text file (.txt).";

function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  if (bytes.length < at + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function containsAscii(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes, ascii, at)) return true;
  }
  return false;
}

// Formats people upload by mistake, named so the message says what the file is.
const KNOWN_FORMATS: readonly { magic: string; at?: number; name: string }[] = [
  { magic: "\x89PNG", name: "a PNG image" },
  { magic: "\xFF\xD8\xFF", name: "a JPEG image" },
  { magic: "GIF8", name: "a GIF image" },
  { magic: "II*\x00", name: "a TIFF image" },
  { magic: "MM\x00*", name: "a TIFF image" },
  { magic: "\xD0\xCF\x11\xE0", name: "an old-format Office file (.doc/.xls); save it as .docx in Word first" },
  { magic: "{\\rtf", name: "an RTF document; save it as .docx in Word first" },
];

function fromMagic(bytes: Uint8Array): string | null {
  for (const { magic, at, name } of KNOWN_FORMATS) if (startsWith(bytes, magic, at)) return name;
  return null;
}

function extension(fileName: string | undefined): string {
  return fileName?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase() ?? "";
}

/**
 * What kind of draft file this is: by content first (ZIP with a Word document part, "%PDF-"),
 * then by extension. Throws DraftFileError for anything else.
 */
export function detectDraftFileKind(bytes: Uint8Array, fileName?: string): DraftFileKind {
  const ext = extension(fileName);
  // The PDF header may follow a few bytes of junk; readers accept it within the first kilobyte.
  if (startsWith(bytes, "%PDF-") || containsAscii(bytes.subarray(0, 1024), "%PDF-")) return "pdf";
  if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "PK\x05\x06")) {
    // Part names are stored uncompressed in local headers, so even a truncated file shows them.
    if (containsAscii(bytes, "word/")) return "docx";
    if (containsAscii(bytes, "xl/")) throw new DraftFileError(`This is an Excel workbook, not a draft. ${SUPPORTED}`);
    if (containsAscii(bytes, "ppt/")) throw new DraftFileError(`This is a PowerPoint presentation, not a draft. ${SUPPORTED}`);
    if (ext === "docx") return "docx";
    throw new DraftFileError(`This is a ZIP archive, not a Word document. ${SUPPORTED}`);
  }
  const known = fromMagic(bytes);
  if (known) throw new DraftFileError(`This file is ${known}, not a draft. ${SUPPORTED}`);
  if (ext === "docx") return "docx";
  if (ext === "pdf") return "pdf";
  if (ext === "" || ext === "txt" || ext === "text" || ext === "md") return "txt";
  throw new DraftFileError(`Files of type .${ext} cannot be imported. ${SUPPORTED}`);
}
