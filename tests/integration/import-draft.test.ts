import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR, ForbiddenError, type Actor } from "../../lib/auth/permissions";
import { DraftParseError } from "../../lib/draft-text/draft-parse-error";
import type { Db } from "../../lib/db/client";
import { InvalidInputError } from "../../lib/operations/errors";
import { importParsedDraft } from "../../lib/operations/import-parsed-draft";
import { previewDraft } from "../../lib/operations/preview-draft";
import { createTestDatabase, tableCounts, type TestDatabase } from "./helpers/test-database";

const DRAFT = `The States Parties to this Convention,

Have agreed as follows:

Chapter I
General provisions

Article 1
Statement of purpose

The purposes of this Convention are to:
(a) Promote measures to prevent and combat offences;
(b) Facilitate international cooperation.

Article 2
Conditions and safeguards

1. Each State Party shall ensure that the powers provided for in this Chapter are subject to conditions and safeguards.
2. Such conditions and safeguards shall include judicial review.
`;

const metadata = { treaty: "Test convention", title: "First draft", date: "2031-03-01", language: "en" };
const viewer: Actor = { kind: "user", id: "nobody", role: "VIEWER", organizationIds: [] };
const analyst: Actor = { kind: "user", id: "nobody", role: "ANALYST", organizationIds: [] };

type Metadata = typeof metadata & { symbol?: string; eventId?: string };

// The import path of the page and the command line, without corrections: preview, then save.
async function importDraft(db: Db, actor: Actor, input: Metadata & { text: string }) {
  const { text, ...rest } = input;
  const preview = await previewDraft(actor, { bytes: new TextEncoder().encode(text), fileName: "draft.txt", language: rest.language });
  return importParsedDraft(db, actor, { ...rest, provisions: preview.provisions });
}

describe("importing a plain-text draft", () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(() => t.drop());

  it("stores the draft and its provision tree and reports what it stored", async () => {
    const summary = await importDraft(t.db, OPERATOR, { ...metadata, text: DRAFT, symbol: "TEST/1" });
    expect(summary).toMatchObject({ drafts: 1, treaty: "test-convention", articles: 2 });
    const provisions = await t.db.provision.findMany({ where: { draftId: summary.draftId }, orderBy: { ordinal: "asc" } });
    expect(provisions).toHaveLength(summary.provisions);
    const article2 = provisions.find((p) => p.kind === "ARTICLE" && p.number === "2")!;
    expect(article2.heading).toBe("Conditions and safeguards");
    const paragraphs = provisions.filter((p) => p.parentId === article2.id);
    expect(paragraphs.map((p) => [p.label, p.position])).toEqual([["1.", 0], ["2.", 1]]);
    const chapter = provisions.find((p) => p.kind === "CHAPTER")!;
    expect(article2.parentId).toBe(chapter.id);
  });

  it("adds a second draft of the same treaty after the first", async () => {
    const summary = await importDraft(t.db, OPERATOR, { ...metadata, title: "Second draft", text: DRAFT });
    const drafts = await t.db.draft.findMany({ orderBy: { position: "asc" } });
    expect(drafts.map((d) => d.title)).toEqual(["First draft", "Second draft"]);
    expect(drafts[1]!.id).toBe(summary.draftId);
    expect(await t.db.treaty.count()).toBe(1);
  });

  it("leaves nothing behind when a line cannot be placed, and says which line", async () => {
    const before = await tableCounts(t.db);
    const bad = `Chapter I\nGeneral provisions\n\n2. A numbered paragraph outside any article.\n\nArticle 1\nPurpose\n\nText.\n`;
    const error = await importDraft(t.db, OPERATOR, { ...metadata, treaty: "Another convention", text: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftParseError);
    expect((error as DraftParseError).line).toBe(4);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("rolls back the new treaty and draft when storing a provision fails half-way", async () => {
    const before = await tableCounts(t.db);
    const preview = await previewDraft(OPERATOR, { bytes: new TextEncoder().encode(DRAFT), fileName: "draft.txt", language: "en" });
    // PostgreSQL refuses a NUL character in text: the last provision fails after treaty and draft were written.
    const last = preview.provisions.at(-1)!;
    const broken = [...preview.provisions.slice(0, -1), { ...last, text: "Text with a NUL \u0000 byte." }];
    const error = await importParsedDraft(t.db, OPERATOR, { ...metadata, treaty: "Brand-new convention", provisions: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(InvalidInputError);
    expect(String(error)).toMatch(/0x00|null character|invalid byte sequence/i);
    expect(await tableCounts(t.db)).toEqual(before);
    expect(await t.db.treaty.findFirst({ where: { title: "Brand-new convention" } })).toBeNull();
  });

  it("refuses bad metadata with a message naming the field", async () => {
    const error = await importDraft(t.db, OPERATOR, { ...metadata, date: "1 March 2031", text: DRAFT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain("YYYY-MM-DD");
  });

  it.each([["viewer", viewer], ["analyst", analyst]])("refuses a %s and writes nothing", async (_name, actor) => {
    const before = await tableCounts(t.db);
    await expect(importDraft(t.db, actor, { ...metadata, text: DRAFT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("lets an editor import", async () => {
    const user = await t.db.user.create({ data: { email: "editor@test.example", name: "Editor", passwordHash: "x" } });
    const editor: Actor = { kind: "user", id: user.id, role: "EDITOR", organizationIds: [] };
    const summary = await importDraft(t.db, editor, { ...metadata, title: "Editor's draft", text: DRAFT });
    expect((await t.db.draft.findUniqueOrThrow({ where: { id: summary.draftId } })).importedById).toBe(user.id);
  });
});
