import { Document, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { DraftFileError, extractDraftText, MAX_DRAFT_FILE_BYTES } from "../../../lib/draft-import";
import { replaceZipEntries } from "../../../lib/draft-import/zip";

// Every kind of file that cannot be read gives a DraftFileError whose message says what is wrong
// and what to do; nothing else escapes.

function pdfkitPdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

async function wordFile(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph("Article 1"), new Paragraph("Text of the article.")] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A ZIP archive holding the given files, stored uncompressed. */
function zipOf(files: Record<string, string>): Uint8Array {
  const entries = Object.keys(files).map((name) => ({ name, method: 0, crc: 0, compressedSize: 0, size: 0, time: 0, date: 0, localOffset: 0 }));
  const contents = new Map(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  return replaceZipEntries(new Uint8Array(), entries, contents);
}

async function failure(bytes: Uint8Array, fileName?: string): Promise<DraftFileError> {
  const error = await extractDraftText(bytes, { fileName }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DraftFileError);
  return error as DraftFileError;
}

describe("bad input", () => {
  it("rejects an empty file", async () => {
    expect((await failure(new Uint8Array(), "draft.docx")).message).toMatch(/^The file is empty/);
  });

  it("rejects a file over 20 MB, before reading it", async () => {
    const error = await failure(new Uint8Array(MAX_DRAFT_FILE_BYTES + 1), "draft.pdf");
    expect(error.message).toMatch(/^The file is too large \(20 MB; the limit is 20 MB\)/);
  });

  it("accepts a file of exactly 20 MB as far as size goes", async () => {
    const bytes = new Uint8Array(MAX_DRAFT_FILE_BYTES).fill(0x20);
    bytes.set(new TextEncoder().encode("Article 1\nText."), 0);
    await expect(extractDraftText(bytes, { fileName: "draft.txt" })).resolves.toMatchObject({ text: expect.stringMatching(/^Article 1/) });
  });

  it("rejects a password-protected PDF", async () => {
    const pdf = await pdfkitPdf({ userPassword: "secret", ownerPassword: "owner" }, (doc) => doc.text("Article 1"));
    expect((await failure(pdf, "draft.pdf")).message).toMatch(/^This PDF is password-protected: /);
  });

  it("rejects a PDF with only images (a scan)", async () => {
    const pdf = await pdfkitPdf({}, (doc) => {
      doc.rect(50, 50, 400, 600).fill("#777");
      doc.addPage().rect(60, 60, 300, 300).fill("#333");
    });
    expect((await failure(pdf, "scan.pdf")).message).toMatch(/^This PDF has no text layer \(a scan\?\)/);
  });

  it("rejects a corrupt PDF", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer <<>>\n%%EOF garbage");
    expect((await failure(pdf, "draft.pdf")).message).toMatch(/^This PDF is damaged/);
  });

  it("rejects a truncated Word file", async () => {
    const docx = await wordFile();
    expect((await failure(docx.subarray(0, Math.floor(docx.length / 2)), "draft.docx")).message).toMatch(/^This Word file is damaged or incomplete/);
  });

  it("rejects a .docx that is not a ZIP at all", async () => {
    expect((await failure(new TextEncoder().encode("not a zip"), "draft.docx")).message).toMatch(/^This Word file is damaged/);
  });

  it("rejects a Word file without text", async () => {
    const document = new Document({ sections: [{ children: [new Paragraph("")] }] });
    const docx = new Uint8Array(await Packer.toBuffer(document));
    expect((await failure(docx, "blank.docx")).message).toMatch(/^This Word file contains no text/);
  });

  it("names the type of an unsupported file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await failure(png, "draft.docx")).message).toMatch(/^This file is a PNG image, not a draft\. Upload the draft as a Word document/);
    const xlsx = zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    expect((await failure(xlsx, "draft.xlsx")).message).toMatch(/^This is an Excel workbook, not a draft/);
    expect((await failure(new TextEncoder().encode("a,b"), "table.csv")).message).toMatch(/^Files of type \.csv cannot be imported/);
  });

  it("rejects binary data named .txt", async () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 37) % 32);
    expect((await failure(junk, "draft.txt")).message).toMatch(/^This file is not plain text/);
  });

  it("rejects text that is not UTF-8", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("Article 1\nLes "), 0xc9, 0x74, 0x61, 0x74, 0x73]);
    expect((await failure(latin1, "draft.txt")).message).toMatch(/^This text file is not in UTF-8/);
  });
});
