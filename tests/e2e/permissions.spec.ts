import { expect, test, type APIRequestContext } from "@playwright/test";
import { annotationCard } from "./helpers/annotate";
import { tokenFor } from "./helpers/api-token";
import { DEMO_PASSWORD } from "../../prisma/demo/accounts";
import { slugify } from "../../lib/drafts/slug";
import { signIn } from "./helpers/sign-in";

// Who sees what, through the API and the pages, for every role and every visibility.
const HA = "ha.nguyen@rights-coalition.example";
const READERS = {
  author: HA,
  colleague: "daniel.okafor@rights-coalition.example",
  editorOfTheSameNgo: "editor@draftwatch.example",
  otherOrganisation: "sofia.ramirez@ohchr.example",
  admin: "admin@draftwatch.example",
  viewer: "viewer@draftwatch.example",
} as const;
type Reader = keyof typeof READERS;
type Visibility = "PRIVATE" | "ORGANIZATION" | "PUBLIC";

const SEES: Record<Visibility, Reader[]> = {
  PRIVATE: ["author"],
  ORGANIZATION: ["author", "colleague", "editorOfTheSameNgo"],
  PUBLIC: ["author", "colleague", "editorOfTheSameNgo", "otherOrganisation", "admin", "viewer"],
};

interface Node { id: string; kind: string; heading: string | null; label: string | null; text: string; children: Node[] }
const find = (nodes: Node[], test: (n: Node) => boolean): Node | undefined => {
  for (const n of nodes) {
    if (test(n)) return n;
    const inside = find(n.children, test);
    if (inside) return inside;
  }
};

/** Paragraph 1 of the safeguards article: the words every test here annotates. */
const safeguardsParagraph = (draft: { provisions: Node[] }): Node =>
  find(draft.provisions, (n) => n.kind === "ARTICLE" && n.heading === "Conditions and safeguards")!.children.find((c) => c.label === "1.")!;

async function create(request: APIRequestContext, auth: Record<string, string>, paragraph: Node, words: string, visibility: Visibility, extra: Record<string, unknown> = {}) {
  const start = paragraph.text.indexOf(words);
  const response = await request.post("/api/annotations", {
    headers: auth,
    data: {
      type: "Annotation",
      body: [{ type: "TextualBody", value: `${visibility} note ${Date.now()}` }],
      target: { source: `x/provisions/${paragraph.id}`, selector: [{ type: "TextQuoteSelector", exact: words }, { type: "TextPositionSelector", start, end: start + words.length }] },
      "draftwatch:stance": "QUESTION",
      "draftwatch:visibility": visibility,
      "draftwatch:source": { kind: "NGO" },
      ...extra,
    },
  });
  return response;
}

test("exactly the right readers see each annotation, by every path, and no one else can change it", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const tokens = Object.fromEntries(await Promise.all(Object.entries(READERS).map(async ([who, email]) => [who, await tokenFor(browser, email)] as const))) as Record<Reader, Awaited<ReturnType<typeof tokenFor>>>;
  const author = tokens.author;
  const draft = await (await request.get(`/api/drafts/${author.draftId}`, { headers: author.auth })).json();
  const paragraph = safeguardsParagraph(draft);

  const ids = {} as Record<Visibility, string>;
  for (const visibility of ["PRIVATE", "ORGANIZATION", "PUBLIC"] as const) {
    const created = await create(request, author.auth, paragraph, "legality, necessity and proportionality", visibility);
    expect(created.status()).toBe(201);
    ids[visibility] = ((await created.json()).id as string).split("/").pop()!;
  }

  for (const reader of Object.keys(READERS) as Reader[]) {
    const { auth } = tokens[reader];
    const listed = ((await (await request.get(`/api/annotations?draft=${author.draftId}`, { headers: auth })).json()).items as { id: string }[]).map((a) => a.id.split("/").pop());
    for (const visibility of ["PRIVATE", "ORGANIZATION", "PUBLIC"] as const) {
      const sees = SEES[visibility].includes(reader);
      const one = await request.get(`/api/annotations/${ids[visibility]}`, { headers: auth });
      expect([reader, visibility, one.status()]).toEqual([reader, visibility, sees ? 200 : 404]);
      expect([reader, visibility, listed.includes(ids[visibility])]).toEqual([reader, visibility, sees]);
      // Only the author edits; those who cannot see it are told it does not exist.
      const edit = await request.put(`/api/annotations/${ids[visibility]}`, { headers: auth, data: { type: "Annotation", "draftwatch:stance": "CONCERN", "draftwatch:version": 999 } });
      const expected = reader === "author" ? 409 : sees ? 403 : 404;
      expect([reader, visibility, "edit", edit.status()]).toEqual([reader, visibility, "edit", expected]);
    }
    // What the compare page loads under a pair, asked for all three by id, answers the same.
    const loaded = await request.get(`/api/drafts/${author.draftId}/shown-annotations?${new URLSearchParams(Object.values(ids).map((id) => ["id", id]))}`, { headers: auth });
    expect([reader, loaded.status()]).toEqual([reader, 200]);
    const loadedIds = ((await loaded.json()).annotations as { id: string }[]).map((a) => a.id);
    expect([reader, loadedIds.sort()]).toEqual([reader, (["PRIVATE", "ORGANIZATION", "PUBLIC"] as const).filter((v) => SEES[v].includes(reader)).map((v) => ids[v]).sort()]);
    // The draft page shows the same: the margin lists what the reader may see.
    const page = tokens[reader].page;
    await page.goto(`/drafts/${author.draftId}`);
    for (const visibility of ["PRIVATE", "ORGANIZATION", "PUBLIC"] as const) {
      await expect(page.locator(`#annotation-card-${ids[visibility]}`)).toHaveCount(SEES[visibility].includes(reader) ? 1 : 0);
    }
  }

  // Signed out, nothing is loaded at all.
  const signedOut = await request.get(`/api/drafts/${author.draftId}/shown-annotations?id=${ids.PUBLIC}`);
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.text()).not.toContain(ids.PUBLIC);

  // The author's edit on the current version goes through; a delete by anyone else is refused as an edit is.
  for (const visibility of ["PRIVATE", "ORGANIZATION", "PUBLIC"] as const) {
    const edit = await request.put(`/api/annotations/${ids[visibility]}`, { headers: author.auth, data: { type: "Annotation", "draftwatch:stance": "CONCERN", "draftwatch:version": 1 } });
    expect([visibility, edit.status(), (await edit.json())["draftwatch:stance"]]).toEqual([visibility, 200, "CONCERN"]);
    for (const reader of Object.keys(READERS) as Reader[]) {
      if (reader === "author") continue;
      const removal = await request.delete(`/api/annotations/${ids[visibility]}?version=2`, { headers: tokens[reader].auth });
      expect([reader, visibility, "delete", removal.status()]).toEqual([reader, visibility, "delete", SEES[visibility].includes(reader) ? 403 : 404]);
    }
    expect((await request.delete(`/api/annotations/${ids[visibility]}?version=2`, { headers: author.auth })).status()).toBe(204);
    expect((await request.get(`/api/annotations/${ids[visibility]}`, { headers: author.auth })).status()).toBe(404);
  }

  // Viewers may not annotate at all.
  expect((await create(request, tokens.viewer.auth, paragraph, "legality", "PUBLIC")).status()).toBe(403);
  await Promise.all(Object.values(tokens).map((t) => t.context.close()));
});

test("script in commentary, sources and links never runs on the page", async ({ browser, request, page }) => {
  test.setTimeout(120_000);
  const author = await tokenFor(browser, HA);
  const draft = await (await request.get(`/api/drafts/${author.draftId}`, { headers: author.auth })).json();
  const paragraph = safeguardsParagraph(draft);
  const marker = `xss-${Date.now()}`;
  const payload = `${marker} <script>window.__xss=1</script><img src=x onerror="window.__xss=2"><svg onload="window.__xss=3"></svg>`;

  // A javascript: link is refused outright.
  const refused = await create(request, author.auth, paragraph, "legality", "PUBLIC", {
    "draftwatch:body": { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:window.__xss=4" } }] }] }] },
  });
  expect(refused.status()).toBe(400);

  const stored = await create(request, author.auth, paragraph, "legality", "PUBLIC", {
    body: [{ type: "TextualBody", value: payload }, { type: "TextualBody", value: `<iframe src="javascript:window.__xss=5"></iframe>`, purpose: "editing" }],
    "draftwatch:source": { kind: "NGO", organization: `<script>window.__xss=6</script>` },
  });
  expect(stored.status()).toBe(201);

  await signIn(page, "sofia.ramirez@ohchr.example", `/drafts/${author.draftId}`);
  const card = annotationCard(page, marker);
  await expect(card).toContainText("<script>window.__xss=1</script>");
  await expect(card).toContainText("<script>window.__xss=6</script>");
  await expect(card.locator("script, img, svg, iframe")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await author.context.close();
});

test("script in a tag's name and in a user's name never runs on the page", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const tagName = `Enc ${stamp % 1_000_000} <img src=x onerror=window.__xss=7>`;
  const userName = `Mallory ${stamp} <script>window.__xss=8</script>`;
  const email = `mallory.${stamp}@rights-coalition.example`;

  // An editor names a tag, an admin names a user: both with markup in them.
  await signIn(page, "editor@draftwatch.example", "/tags");
  await page.getByLabel("New tag").fill(tagName);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.locator("form", { has: page.getByRole("button", { name: "Add tag" }) }).getByRole("status")).toContainText("added");
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin@draftwatch.example", "/admin/users");
  const form = adminPage.locator("form", { has: adminPage.getByRole("button", { name: "Create user" }) });
  await form.getByLabel("Name").fill(userName);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Organisation").selectOption({ label: "Digital Rights Coalition (sample NGO)" });
  await form.getByLabel("Role").selectOption("ANALYST");
  await form.getByLabel("Initial password").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`Created ${email}`);
  await admin.close();

  // That user annotates publicly with that tag.
  const mallory = await tokenFor(browser, email);
  const draft = await (await mallory.page.request.get(`/api/drafts/${mallory.draftId}`, { headers: mallory.auth })).json();
  const paragraph = safeguardsParagraph(draft);
  const created = await create(mallory.page.request, mallory.auth, paragraph, "legality", "PUBLIC", {
    body: [{ type: "TextualBody", value: `xss-names-${stamp}` }, { type: "SpecificResource", purpose: "tagging", source: `x/tags/${slugify(tagName)}` }],
  });
  expect(created.status(), await created.text()).toBe(201);
  await mallory.context.close();

  // A reader of another organisation sees both names as text, in the card and in the margin's filters.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await signIn(readerPage, "sofia.ramirez@ohchr.example", `/drafts/${mallory.draftId}`);
  const card = annotationCard(readerPage, `xss-names-${stamp}`);
  await expect(card).toContainText(userName);
  await expect(card.getByRole("list", { name: "Tags" })).toContainText(tagName);
  await expect(readerPage.locator("main").locator("script, img")).toHaveCount(0);
  expect(await readerPage.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await reader.close();
});
