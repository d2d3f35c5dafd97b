import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { runScript } from "./helpers/run-script";
import { createScratchDatabase } from "./helpers/scratch-database";

// `npm run import:annotations` as a user runs it: a JSON-LD file onto a draft of this instance.

const dir = mkdtempSync(path.join(tmpdir(), "draftwatch-import-annotations-"));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const DRAFT = file("draft.txt", "Article 1\nPurpose\n\nThis Convention promotes cooperation.\n\nArticle 2\nConditions and safeguards\n\n1. Powers are subject to safeguards.\n2. Safeguards include judicial review.\n");
const EDITOR = "editor@import.example";

function annotation(exact: string) {
  return {
    type: "Annotation",
    body: [
      { type: "TextualBody", value: "Name the court.", purpose: "commenting" },
      { type: "SpecificResource", purpose: "tagging", source: "https://elsewhere.example/tags/safeguards", value: "Safeguards" },
    ],
    target: [{ source: "https://elsewhere.example/provisions/p1", selector: [{ type: "TextQuoteSelector", exact, prefix: "", suffix: "" }], "draftwatch:clause": { article: "Article 2", provision: "2." } }],
    "draftwatch:stance": "PROPOSAL",
    "draftwatch:visibility": "PUBLIC",
    "draftwatch:source": { kind: "NGO", organization: "Elsewhere" },
  };
}
const collection = (...items: unknown[]) => JSON.stringify({ type: "AnnotationCollection", first: { type: "AnnotationPage", items } });

describe("npm run import:annotations", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Db;
  let draftId: string;
  const run = (args: string[]) => runScript("scripts/import-annotations.ts", args, { DATABASE_URL: scratch.url });

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = createDb(scratch.url);
    const imported = await runScript("scripts/import.ts", [DRAFT, "--treaty", "Import convention", "--title", "Draft", "--date", "2031-01-15"], { DATABASE_URL: scratch.url });
    draftId = JSON.parse(imported.stdout).draftId;
    const organization = await db.organization.create({ data: { slug: "importers", name: "Importers", kind: "NGO" } });
    await db.user.create({ data: { email: EDITOR, name: "Importing editor", passwordHash: "x", memberships: { create: { organizationId: organization.id, role: "EDITOR" } } } });
  });
  afterAll(async () => {
    await db.$disconnect();
    await scratch.drop();
  });

  it("places the annotations on their words, adds the missing tag and prints a one-line summary", async () => {
    const result = await run([file("good.jsonld", collection(annotation("judicial review"))), "--draft", draftId, "--as", EDITOR]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ imported: 1, tagsAdded: ["safeguards"] });
    const anchor = await db.annotationAnchor.findFirstOrThrow({ where: { draftId }, include: { provision: true } });
    expect(anchor.provision!.text.slice(anchor.start!, anchor.end!)).toBe("judicial review");
  });

  it.each([
    [["--draft", "x", "--as", EDITOR], /^error: usage: npm run import:annotations/],
    [[file("bad.jsonld", "{not json"), "--as", EDITOR, "--draft", "x"], /^error: .*bad\.jsonld is not JSON\./],
    [[path.join(dir, "missing.jsonld"), "--draft", "x", "--as", EDITOR], /^error: Cannot read .*missing\.jsonld: no such file\./],
    [[file("one-bad.jsonld", collection(annotation("Powers are subject"), annotation("words no draft holds"))), "--draft", "DRAFT", "--as", EDITOR], /^error: Nothing was imported\. Item 2: The words “words no draft holds” are not in this draft/],
    [[file("nobody.jsonld", collection(annotation("Powers are subject"))), "--draft", "DRAFT", "--as", "nobody@import.example"], /^error: No user nobody@import\.example\./],
  ])("refuses %j with one line and writes nothing", async (args, message) => {
    const before = await db.annotation.count();
    const result = await run(args.map((a) => (a === "DRAFT" ? draftId : a)));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(await db.annotation.count()).toBe(before);
  });
});
