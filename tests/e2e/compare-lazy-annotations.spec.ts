import { expect, test, type Page } from "@playwright/test";
import { compareZeroAndRevised } from "./helpers/compare";
import { signIn } from "./helpers/sign-in";

// The compare page writes each pair's annotation cards out only once the reader comes near the
// pair; a colleague's annotation still reaches a pair already loaded, without reloading.
const HA = "ha.nguyen@rights-coalition.example";
const DANIEL = "daniel.okafor@rights-coalition.example";

interface Node { id: string; kind: string; text: string; children: Node[] }
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

/** An organisation-wide annotation by the page's user on the first words of the revised draft's last (or first) article. */
async function annotateArticle(page: Page, draftId: string, body: string, which: "last" | "first" = "last"): Promise<string> {
  const draft = (await (await page.request.get(`/api/drafts/${draftId}`)).json()) as { provisions: Node[] };
  const articles = flatten(draft.provisions).filter((n) => n.kind === "ARTICLE");
  const paragraph = flatten([articles.at(which === "last" ? -1 : 0)!]).find((n) => n.text.trim().length > 20)!;
  const exact = paragraph.text.trim().split(/\s+/).slice(0, 3).join(" ");
  const start = paragraph.text.indexOf(exact);
  const response = await page.request.post("/api/annotations", {
    data: {
      type: "Annotation",
      body: [{ type: "TextualBody", value: body }],
      target: { source: `x/provisions/${paragraph.id}`, selector: [{ type: "TextQuoteSelector", exact }, { type: "TextPositionSelector", start, end: start + exact.length }] },
      "draftwatch:stance": "QUESTION",
      "draftwatch:visibility": "ORGANIZATION",
      "draftwatch:source": { kind: "NGO" },
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()).id as string).split("/").pop()!;
}

test("a pair far down the comparison gets its cards when the reader scrolls to it, and a colleague's new annotation appears there live", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signIn(page, HA);
  await page.goto("/compare");
  await compareZeroAndRevised(page);
  const compareUrl = page.url();
  const revisedId = new URL(compareUrl).searchParams.get("to")!;
  const first = `Lazy first ${Date.now().toString(36)}`;
  const firstId = await annotateArticle(page, revisedId, first);

  const daniel = await (await browser.newContext()).newPage();
  await signIn(daniel, DANIEL, compareUrl.replace(new URL(compareUrl).origin, ""));
  // The highlight is in the text from the start; the card is not, until the pair is near.
  const pair = daniel.locator("article[data-pair-number]", { has: daniel.locator(`mark[data-annotations~="${firstId}"]`) });
  await expect(pair).toHaveCount(1);
  const cards = pair.locator('article[id^="annotation-card-after-"]');
  await expect(pair.getByRole("link", { name: /^All \d+ on the draft page$/ }).last()).toBeAttached();
  await expect(cards).toHaveCount(0);

  await pair.scrollIntoViewIfNeeded();
  await expect(cards.filter({ hasText: first })).toBeVisible();
  await expect(pair.locator('[aria-busy="true"]')).toHaveCount(0);
  // Its card links to its highlight, as when the cards were written out with the page.
  await expect(cards.filter({ hasText: first }).getByRole("link").first()).toHaveAttribute("href", `#annotation-after-${firstId}`);

  // Hà annotates the same article again: Daniel's loaded pair shows it without a reload.
  await daniel.waitForTimeout(1000); // for his event streams to connect
  const second = `Lazy second ${Date.now().toString(36)}`;
  await annotateArticle(page, revisedId, second);
  await expect(cards.filter({ hasText: second })).toBeVisible({ timeout: 15_000 });
  await expect(cards.filter({ hasText: first })).toBeVisible();

  // Hà annotates the first article, far up: it shows in Daniel's page, and the cards of the pair
  // he reads, which did not change, are not fetched again.
  const refetched: string[] = [];
  daniel.on("request", (request) => {
    if (request.url().includes("/shown-annotations?") && request.url().includes(firstId)) refetched.push(request.url());
  });
  const elsewhereId = await annotateArticle(page, revisedId, `Lazy elsewhere ${Date.now().toString(36)}`, "first");
  await expect(daniel.locator(`mark[data-annotations~="${elsewhereId}"]`).first()).toBeAttached({ timeout: 15_000 });
  await daniel.waitForTimeout(1500); // a refetch would have gone out by now
  expect(refetched).toEqual([]);
  await daniel.context().close();
});
