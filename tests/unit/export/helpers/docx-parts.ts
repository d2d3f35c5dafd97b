import { listZipEntries, readZipEntry } from "../../../../lib/draft-import/zip";
import { parseXml } from "../../../../lib/draft-import/xml";

/** Every part of a .docx package as text, by name. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const entries = listZipEntries(bytes);
  if (!entries) throw new Error("Not a ZIP archive");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts = new Map<string, string>();
  for (const entry of entries) parts.set(entry.name, decoder.decode(await readZipEntry(bytes, entry)));
  return parts;
}

// An ampersand that does not start one of XML's five entities or a character reference.
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Throws unless the text is one XML document whose tags nest and whose text and attributes have
 * no bare "&" or "<".
 */
export function assertWellFormedXml(name: string, xml: string): void {
  if (!xml.startsWith("<?xml")) throw new Error(`${name}: no XML declaration`);
  const root = parseXml(xml);
  // Nothing may follow the root element but white space.
  if (xml.slice(root.end).trim() !== "") throw new Error(`${name}: content after the root element`);
  if (BARE_AMPERSAND.test(xml)) throw new Error(`${name}: a bare "&"`);
  if (xml.replace(/<!--[\s\S]*?-->|<[?!/]?[A-Za-z_][^<>]*>/g, "").includes("<")) throw new Error(`${name}: a bare "<"`);
}

/** The text of every <w:t> (or <w:delText>) inside the elements of one kind, e.g. each <w:ins>. */
export function textsInside(xml: string, element: "w:ins" | "w:del"): string[] {
  const pattern = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, "g");
  return [...xml.matchAll(pattern)].map((match) =>
    [...(match[1] ?? "").matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((text) => decodeXml(text[1] ?? "")).join(""),
  );
}

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] ?? "");
}
