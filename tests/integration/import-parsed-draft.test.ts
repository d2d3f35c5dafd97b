import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, OPERATOR, type Actor } from "../../lib/auth/permissions";
import { changeKind, editProvision } from "../../lib/draft-text/edit-tree";
import { parseDraftText } from "../../lib/draft-text/parse-draft-text";
import { toPreviewTree, walkTree, type PreviewProvision } from "../../lib/draft-text/preview-tree";
import { InvalidInputError } from "../../lib/operations/errors";
import { importParsedDraft } from "../../lib/operations/import-parsed-draft";
import { createTestDatabase, tableCounts, type TestDatabase } from "./helpers/test-database";

// "3. Scope of application" is article 3's heading line without its "Article" word.
const DRAFT = `Article 1
Purpose

The purposes of this Convention are to promote cooperation.

Article 2
Use of terms

1. "Computer system" means any device.
2. "Data" means any representation of facts.
3. Scope of application
1. This Convention shall apply to the prevention of offences.
`;

const metadata = { treaty: "Preview convention", title: "Corrected draft", date: "2031-05-02", language: "en" };

/** The tree as the editor corrects it in the preview: paragraph 3 becomes article 3, with a footnote. */
function correctedTree(): PreviewProvision[] {
  const tree = toPreviewTree(parseDraftText(DRAFT).provisions);
  const id = [...walkTree(tree)].find(({ node }) => node.label === "3.")!.node.id;
  const fixed = editProvision(changeKind(tree, id, "ARTICLE"), id, { label: "Article 3", number: "3", heading: "Scope of application", text: "" });
  fixed[0]!.notes = "Agreed ad referendum.";
  return fixed;
}

describe("saving a draft corrected in the preview", () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(() => t.drop());

  it("stores the edited tree exactly, in reading order, with notes", async () => {
    const tree = correctedTree();
    const stored = await importParsedDraft(t.db, OPERATOR, { ...metadata, symbol: "PREVIEW/1", provisions: tree });
    expect(stored).toMatchObject({ drafts: 1, treaty: "preview-convention", articles: 3, provisions: 6 });
    const rows = await t.db.provision.findMany({ where: { draftId: stored.draftId }, orderBy: { ordinal: "asc" } });
    const expected = [...walkTree(tree)].map(({ node }) => [node.kind, node.label, node.number, node.heading, node.text, node.notes]);
    expect(rows.map((r) => [r.kind, r.label, r.number, r.heading, r.text, r.notes])).toEqual(expected);
    const article3 = rows.find((r) => r.label === "Article 3")!;
    expect(rows.filter((r) => r.parentId === article3.id).map((r) => r.text)).toEqual(["This Convention shall apply to the prevention of offences."]);
    expect(article3.parentId).toBeNull();
  });

  it.each([
    ["a paragraph outside any article", (tree: PreviewProvision[]) => [...tree, { ...tree[0]!, id: "x", kind: "PARAGRAPH" as const, children: [] }], /cannot stand outside any article/],
    ["an unknown kind", (tree: PreviewProvision[]) => [{ ...tree[0]!, kind: "CLAUSE" }], /expected one of/i],
    ["a heading too long", (tree: PreviewProvision[]) => [{ ...tree[0]!, heading: "x".repeat(1001) }], /at most 1,000 characters/],
    ["no article", (tree: PreviewProvision[]) => [{ ...tree[0]!, kind: "CHAPTER", children: [] }], /no article/],
    ["a tree nested too deep", (tree: PreviewProvision[]) => {
      let node: PreviewProvision = { ...tree[0]!, kind: "SUBPARAGRAPH", children: [] };
      for (let i = 0; i < 40; i++) node = { ...node, id: `d${i}`, children: [node] };
      return [{ ...tree[0]!, children: [node] }];
    }, /more than 16 levels deep/],
    ["no provisions at all", () => [], /no provisions/],
  ])("refuses %s and writes nothing", async (_case, spoil, message) => {
    const before = await tableCounts(t.db);
    const error = await importParsedDraft(t.db, OPERATOR, { ...metadata, provisions: spoil(correctedTree()) as PreviewProvision[] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(message);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("refuses a negotiation event of another treaty and writes nothing, not even the new treaty", async () => {
    const other = await t.db.treaty.create({ data: { slug: "other", title: "Other", events: { create: { kind: "SESSION", startsOn: new Date("2030-01-01") } } }, include: { events: true } });
    const before = await tableCounts(t.db);
    const error = await importParsedDraft(t.db, OPERATOR, { ...metadata, treaty: "A new convention", eventId: other.events[0]!.id, provisions: correctedTree() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it.each<[string, Actor]>([
    ["viewer", { kind: "user", id: "nobody", role: "VIEWER", organizationIds: [] }],
    ["analyst", { kind: "user", id: "nobody", role: "ANALYST", organizationIds: [] }],
  ])("refuses a %s and writes nothing", async (_name, actor) => {
    const before = await tableCounts(t.db);
    await expect(importParsedDraft(t.db, actor, { ...metadata, provisions: correctedTree() })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
