import { describe, expect, it } from "vitest";
import { detectDraftFileKind, DraftFileError, extractDraftText } from "../../../lib/draft-import";
import { decodeTextFile } from "../../../lib/draft-import/text-file";

const ascii = (text: string): Uint8Array => new Uint8Array([...text].map((char) => char.charCodeAt(0)));

describe("detectDraftFileKind", () => {
  it("goes by content before the name", () => {
    expect(detectDraftFileKind(ascii("%PDF-1.7\n"), "draft.docx")).toBe("pdf");
    expect(detectDraftFileKind(ascii("PK\x03\x04....word/document.xml"), "draft.pdf")).toBe("docx");
    expect(detectDraftFileKind(ascii("Article 1"), "draft.txt")).toBe("txt");
    expect(detectDraftFileKind(ascii("Article 1"))).toBe("txt");
  });

  it("falls back to the extension for unrecognisable content", () => {
    expect(detectDraftFileKind(ascii("garbage"), "Draft.DOCX")).toBe("docx");
    expect(detectDraftFileKind(ascii("garbage"), "draft.pdf")).toBe("pdf");
  });

  it("refuses other formats by name", () => {
    expect(() => detectDraftFileKind(ascii("\xD0\xCF\x11\xE0rest"), "old.doc")).toThrow(/old-format Office file/);
    expect(() => detectDraftFileKind(ascii("PK\x03\x04....ppt/slides"), "deck.pptx")).toThrow(DraftFileError);
    expect(() => detectDraftFileKind(ascii("text"), "draft.odt")).toThrow(/Files of type \.odt cannot be imported/);
  });
});

describe("text files", () => {
  it("decodes UTF-8 with and without BOM, and UTF-16 with a BOM", () => {
    const text = "Article 1\nÉtats parties — المادة";
    const utf8 = new TextEncoder().encode(text);
    const utf16le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    const utf16be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff])]);
    for (const bytes of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), utf16le, utf16be]) expect(decodeTextFile(bytes)).toBe(text);
  });

  it("normalises to NFC", () => {
    expect(decodeTextFile(new TextEncoder().encode("E\u0301tats"))).toBe("États");
  });

  it("returns the text of a .txt upload and reports its one step of progress", async () => {
    const steps: number[] = [];
    const extracted = await extractDraftText(new TextEncoder().encode("Article 1\nScope"), { fileName: "d.txt", onProgress: (done) => steps.push(done) });
    expect(extracted).toEqual({ text: "Article 1\nScope", footnotes: [], warnings: [] });
    expect(steps).toEqual([1]);
  });

  it("rejects a text file of only whitespace", async () => {
    await expect(extractDraftText(new TextEncoder().encode(" \n\n "), { fileName: "d.txt" })).rejects.toThrow(/contains no text/);
  });
});
