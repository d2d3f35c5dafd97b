import { Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { runScript } from "./helpers/run-script";
import { createScratchDatabase } from "./helpers/scratch-database";
import { tableCounts } from "./helpers/test-database";

const dir = mkdtempSync(path.join(tmpdir(), "draftwatch-cli-"));
function file(name: string, text: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = file("good.txt", "Article 1\nPurpose\n\nThis Convention promotes cooperation.\n\nArticle 2\nConditions and safeguards\n\n1. Powers are subject to safeguards.\n2. Safeguards include judicial review.\n");
/** A Word draft as the committee writes them: headings in Heading styles, paragraphs in a real Word list, a footnote. */
async function wordDraft(): Promise<Uint8Array> {
  const document = new Document({
    numbering: { config: [{ reference: "paragraphs", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] }] },
    footnotes: { 1: { children: [new Paragraph("The title was agreed ad referendum.")] } },
    sections: [{
      children: [
        new Paragraph({ text: "Article 1", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun("Purpose"), new FootnoteReferenceRun(1)] }),
        new Paragraph("This Convention promotes cooperation."),
        new Paragraph({ text: "Article 2", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: "Conditions and safeguards", heading: HeadingLevel.HEADING_3 }),
        new Paragraph({ text: "Powers are subject to safeguards.", numbering: { reference: "paragraphs", level: 0 } }),
        new Paragraph({ text: "Safeguards include judicial review.", numbering: { reference: "paragraphs", level: 0 } }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const metadata = ["--treaty", "Command-line convention", "--title", "First draft", "--date", "2031-01-15", "--language", "en"];

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const LOCKED_PDF = await lockedPdf();

function lockedPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ userPassword: "secret", ownerPassword: "owner" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.text("Article 1\nPurpose\n\nText.");
    doc.end();
  });
}

describe("npm run import", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Db;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = createDb(scratch.url);
  });
  afterAll(async () => {
    await db.$disconnect();
    await scratch.drop();
  });

  it("imports a file and prints a one-line JSON summary", async () => {
    const result = await runScript("scripts/import.ts", [GOOD, ...metadata, "--symbol", "CLI/1"], { DATABASE_URL: scratch.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(summary).toMatchObject({ drafts: 1, treaty: "command-line-convention", articles: 2, provisions: 4, warnings: 0 });
    expect((await db.draft.findUniqueOrThrow({ where: { id: summary.draftId } })).symbol).toBe("CLI/1");
  });

  it("imports a Word file with its numbering, and its footnote as the article's note", async () => {
    const docx = file("draft.docx", await wordDraft());
    const result = await runScript("scripts/import.ts", [docx, ...metadata, "--title", "Word draft"], { DATABASE_URL: scratch.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ drafts: 1, articles: 2, provisions: 4, warnings: 0 });
    const provisions = await db.provision.findMany({ where: { draftId: summary.draftId }, orderBy: { ordinal: "asc" } });
    expect(provisions.map((p) => [p.label, p.heading, p.notes])).toEqual([
      ["Article 1", "Purpose", "The title was agreed ad referendum."],
      ["Article 2", "Conditions and safeguards", null],
      ["1.", null, null],
      ["2.", null, null],
    ]);
    expect((await db.draft.findUniqueOrThrow({ where: { id: summary.draftId } })).source).toBe("draft.docx");
  });

  it.each([
    ["a corrupt PDF", [file("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer <<>>\n%%EOF garbage"), ...metadata], /^error: This PDF is damaged/],
    ["a password-protected PDF", [file("locked.pdf", LOCKED_PDF), ...metadata], /^error: This PDF is password-protected/],
    ["a PNG image named .pdf", [file("image.pdf", PNG), ...metadata], /PNG image, not a draft/],
    ["a line it cannot place", [file("bad.txt", "Chapter I\nScope\n\n(a) stray item\n\nArticle 1\nPurpose\n\nText.\n"), ...metadata], /line 4/i],
    ["an empty file", [file("empty.txt", "  \n\n"), ...metadata], /empty/i],
    ["a missing file", [path.join(dir, "nope.txt"), ...metadata], /no such file/],
    ["a bad date", [GOOD, ...metadata.slice(0, 4), "--date", "15/01/2031", "--language", "en"], /YYYY-MM-DD/],
    ["no treaty", [GOOD, "--date", "2031-01-15"], /Name the treaty/],
    ["no file at all", [], /usage: npm run import/],
  ])("refuses %s with one clear line and writes nothing", async (_case, args, message) => {
    const before = await tableCounts(db);
    const result = await runScript("scripts/import.ts", args, { DATABASE_URL: scratch.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await tableCounts(db)).toEqual(before);
  });
});

describe("a missing or unreachable database", () => {
  it("is explained in one sentence, not a stack trace", async () => {
    const unset = await runScript("scripts/db-migrate.ts", [], { DATABASE_URL: undefined });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toMatch(/^error: DATABASE_URL is not set\. Start the app with `npm run dev`/);

    const unreachable = await runScript("scripts/db-migrate.ts", [], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/draftwatch" });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^error: Cannot reach the database at 127\.0\.0\.1:1\/draftwatch \(ECONNREFUSED\)\. Is PostgreSQL running\?/);
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  });
});
