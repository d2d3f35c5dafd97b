import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { searchAnnotations } from "../../lib/db/search";
import { createAnnotation } from "../../lib/operations/annotations/create-annotation";
import { plainTextToRichText } from "../../lib/rich-text/from-plain-text";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { DEMO_EMAILS, demoActors, type DemoName } from "./helpers/demo-actors";
import { onWords } from "./helpers/demo-provisions";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// Who finds what in search, for every demo role and every visibility: the same matrix as the
// API and the draft page (tests/e2e/permissions.spec.ts), for annotations by two organisations.
type Reader = DemoName;
type Visibility = "PRIVATE" | "ORGANIZATION" | "PUBLIC";
const VISIBILITIES: Visibility[] = ["PRIVATE", "ORGANIZATION", "PUBLIC"];
const EVERYONE = Object.keys(DEMO_EMAILS) as Reader[];

/** Who sees an annotation by each author: the author, the author's organisation, or everyone. */
const SEES: Record<"ha" | "sofia", Record<Visibility, Reader[]>> = {
  ha: { PRIVATE: ["ha"], ORGANIZATION: ["ha", "daniel", "editor"], PUBLIC: EVERYONE },
  sofia: { PRIVATE: ["sofia"], ORGANIZATION: ["sofia"], PUBLIC: EVERYONE },
};

describe("search results follow the visibility rule", () => {
  let t: TestDatabase;
  let actors: Record<Reader, Actor>;
  // One word no demo annotation contains, in every annotation written here, and one per annotation.
  const marker = "permissionmatrixmarker";
  let content: (text: string) => Omit<Parameters<typeof createAnnotation>[2], "visibility">;
  const written: { author: "ha" | "sofia"; visibility: Visibility; id: string; word: string }[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    actors = await demoActors(t.db);
    const provision = await t.db.provision.findFirstOrThrow({ where: { kind: "PARAGRAPH", text: { contains: "proportionality" }, draft: { language: "en" } } });
    content = (text) => ({
      body: plainTextToRichText(text),
      tags: [],
      stance: "QUESTION",
      sourceKind: "NGO",
      target: onWords(provision, "proportionality"),
    });
    for (const author of ["ha", "sofia"] as const) {
      for (const visibility of VISIBILITIES) {
        const word = `${author}${visibility.toLowerCase()}word`;
        const created = await createAnnotation(t.db, actors[author], { ...content(`${marker} ${word}: proportionality needs a test.`), visibility });
        written.push({ author, visibility, id: created.id, word });
      }
    }
  });
  afterAll(() => t.drop());

  it("lists exactly the annotations each reader may see", async () => {
    for (const reader of EVERYONE) {
      const found = (await searchAnnotations(t.db, actors[reader], marker)).map(({ annotation }) => annotation.id).sort();
      const expected = written.filter((w) => SEES[w.author][w.visibility].includes(reader)).map((w) => w.id).sort();
      expect([reader, found]).toEqual([reader, expected]);
    }
  });

  it("finds nothing at all, not even a snippet, when the one match is hidden from the reader", async () => {
    for (const { author, visibility, id, word } of written) {
      for (const reader of EVERYONE) {
        const found = (await searchAnnotations(t.db, actors[reader], word)).map(({ annotation }) => annotation.id);
        expect([author, visibility, reader, found]).toEqual([author, visibility, reader, SEES[author][visibility].includes(reader) ? [id] : []]);
      }
    }
  });

  it("finds what the reader may see even when hidden matches rank before it", async () => {
    // One public annotation, then more private ones (newer, so ranked first) than a page holds.
    const crowd = "crowdedsearchmarker";
    const [first, ...rest] = ["PUBLIC", ...Array<Visibility>(6).fill("PRIVATE")] as Visibility[];
    const create = (visibility: Visibility) => createAnnotation(t.db, actors.ha, { ...content(`${crowd} ${visibility}`), visibility });
    const shown = await create(first!);
    for (const visibility of rest) await create(visibility);
    const found = await searchAnnotations(t.db, actors.viewer, crowd, 1);
    expect(found.map(({ annotation }) => annotation.id)).toEqual([shown.id]);
  });
});
