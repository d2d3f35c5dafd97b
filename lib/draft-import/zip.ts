// Just enough of the ZIP format to read a Word file's parts and to hand mammoth a copy with
// one part replaced. Works on bytes with web APIs only (DecompressionStream), so it runs in
// Node and in the browser alike.

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The entries of the central directory, or null when the bytes are not a complete ZIP archive. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const data = view(bytes);
  // The end record is at most 22 + 65 535 (comment) bytes from the end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      time: data.getUint16(at + 12, true),
      date: data.getUint16(at + 14, true),
      crc: data.getUint32(at + 16, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) throw new Error(`Bad local header for ${entry.name}`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error(`Truncated entry ${entry.name}`);
  return bytes.subarray(start, start + entry.compressedSize);
}

async function inflateRaw(input: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([input as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The uncompressed content of an entry; throws on damaged data. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const raw = compressedData(bytes, entry);
  if (entry.method === STORED) return raw;
  if (entry.method === DEFLATED) return inflateRaw(raw);
  throw new Error(`Unsupported compression method ${entry.method} for ${entry.name}`);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A copy of the archive with some entries' content replaced (stored uncompressed); the other
 * entries are copied compressed as they are.
 */
export function replaceZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[], replacements: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const parts = entries.map((entry) => {
    const replacement = replacements.get(entry.name);
    const data = replacement ?? compressedData(bytes, entry);
    const header: ZipEntry = replacement
      ? { ...entry, method: STORED, crc: crc32(replacement), compressedSize: replacement.length, size: replacement.length }
      : entry;
    return { header, name: encoder.encode(entry.name), data };
  });
  const localSize = parts.reduce((sum, part) => sum + 30 + part.name.length + part.data.length, 0);
  const directorySize = parts.reduce((sum, part) => sum + 46 + part.name.length, 0);
  const out = new Uint8Array(localSize + directorySize + 22);
  const data = view(out);
  const writeCommon = (at: number, { header }: (typeof parts)[number], nameLength: number): void => {
    data.setUint16(at, 20, true); // version needed
    data.setUint16(at + 2, 0x0800, true); // flags: UTF-8 names, sizes known up front
    data.setUint16(at + 4, header.method, true);
    data.setUint16(at + 6, header.time, true);
    data.setUint16(at + 8, header.date, true);
    data.setUint32(at + 10, header.crc, true);
    data.setUint32(at + 14, header.compressedSize, true);
    data.setUint32(at + 18, header.size, true);
    data.setUint16(at + 22, nameLength, true);
  };
  let at = 0;
  const offsets: number[] = [];
  for (const part of parts) {
    offsets.push(at);
    data.setUint32(at, LOCAL_HEADER, true);
    writeCommon(at + 4, part, part.name.length);
    out.set(part.name, at + 30);
    out.set(part.data, at + 30 + part.name.length);
    at += 30 + part.name.length + part.data.length;
  }
  const directoryStart = at;
  parts.forEach((part, index) => {
    data.setUint32(at, DIRECTORY_ENTRY, true);
    data.setUint16(at + 4, 20, true); // version made by
    writeCommon(at + 6, part, part.name.length);
    data.setUint32(at + 42, offsets[index] ?? 0, true);
    out.set(part.name, at + 46);
    at += 46 + part.name.length;
  });
  data.setUint32(at, END_OF_DIRECTORY, true);
  data.setUint16(at + 8, parts.length, true);
  data.setUint16(at + 10, parts.length, true);
  data.setUint32(at + 12, directorySize, true);
  data.setUint32(at + 16, directoryStart, true);
  return out;
}
