import { DraftFileError } from "./types";

const NOT_TEXT =
  "This file is not plain text (it contains binary data). Upload the draft as .docx, .pdf or UTF-8 .txt.";

function decoderFor(bytes: Uint8Array): { encoding: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return { encoding: "utf-8", skip: 0 };
}

/** Decodes a text upload: UTF-8 (with or without BOM) or UTF-16 with a BOM; NFC. */
export function decodeTextFile(bytes: Uint8Array): string {
  const { encoding, skip } = decoderFor(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
  } catch {
    throw new DraftFileError(
      "This text file is not in UTF-8. Save it again with UTF-8 encoding (in Word: Save As › Plain Text › Unicode (UTF-8)) and upload it again.",
    );
  }
  // Control characters other than tab, line feed, form feed and carriage return mean binary data.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && controls * 1000 > text.length) throw new DraftFileError(NOT_TEXT);
  return text
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "")
    .replace(/\f/g, "\n")
    .normalize("NFC");
}
