import { expect, test, type Locator, type Page } from "@playwright/test";
import { compareZeroAndRevised, safeguardsPair } from "./helpers/compare";
import { importDraft } from "./helpers/import-draft";
import { signIn } from "./helpers/sign-in";

const SAFEGUARDS = "article-23-to-article-26";
// Each step renders the whole comparison again, 34 pairs of it.
test.describe.configure({ timeout: 120_000 });

/** Signs in and compares the zero and revised demo drafts; their address. */
async function openComparison(page: Page): Promise<string> {
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await page.goto("/compare");
  await compareZeroAndRevised(page);
  return page.url();
}

/** Presses n until the page has hydrated and a change has the focus. */
async function nextChange(page: Page) {
  await expect(async () => {
    await page.keyboard.press("n");
    await expect(page.locator("[data-change]:focus")).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

const top = async (locator: Locator) => (await locator.boundingBox())!.y;
/** Both sides' words begin at the same height, to the pixel. */
async function expectLevel(before: Locator, after: Locator) {
  expect(Math.abs((await top(before)) - (await top(after)))).toBeLessThan(1);
}

test("the view and the filters apply as they change, the address names them and the pair being read, and Back goes back", async ({ page }) => {
  const address = await openComparison(page);
  await nextChange(page);
  const safeguards = safeguardsPair(page);
  const view = page.getByRole("navigation", { name: "View" });
  await expect(view.getByRole("link", { name: "Side by side" })).toHaveAttribute("aria-current", "true");

  // Reading the safeguards article, the reader switches to inline: no Compare to press, and the article stays where it was.
  await safeguards.evaluate((pair) => pair.scrollIntoView());
  const before = await top(safeguards);
  await view.getByRole("link", { name: "Inline" }).click();
  await expect(page).toHaveURL(new RegExp(`layout=inline#${SAFEGUARDS}$`));
  await expect(safeguards.getByRole("table", { name: "Side by side" })).toHaveCount(0);
  await expect(view.getByRole("link", { name: "Inline" })).toHaveAttribute("aria-current", "true");
  expect(Math.abs((await top(safeguards)) - before)).toBeLessThan(2);

  await page.getByLabel("Only articles whose text changed").check();
  await expect(page).toHaveURL(/only=changed/);
  await expect(page.locator('article[data-pair-kind="unchanged"]')).toHaveCount(0);

  await page.getByLabel("Chapter").selectOption({ label: "Chapter IV — Procedural measures and law enforcement" });
  await expect(page).toHaveURL(/chapter=Chapter\+IV/);
  await expect(page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Statement of purpose/ }) })).toHaveCount(0);
  await expect(safeguards).toBeVisible();

  // Search applies when typing pauses.
  await page.getByLabel("Search in articles").fill("proportionality");
  await expect(page).toHaveURL(/q=proportionality/);
  await expect(page.getByText(/^Showing 1 of \d+ pairs$/)).toBeVisible();
  await expect(safeguards).toBeVisible();

  // The address is the view: opened afresh, it shows the same.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByText(/^Showing 1 of \d+ pairs$/)).toBeVisible();
  await expect(other.getByLabel("Search in articles")).toHaveValue("proportionality");
  await expect(other.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Inline" })).toHaveAttribute("aria-current", "true");
  await other.close();

  // Back undoes one change at a time, and the form shows what the address says.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByLabel("Search in articles")).toHaveValue("");
  await page.goBack();
  await expect(page).not.toHaveURL(/chapter=/);
  await expect(page.getByLabel("Chapter")).toHaveValue("");
  await page.goBack();
  await expect(page.getByLabel("Only articles whose text changed")).not.toBeChecked();
  await page.goBack();
  await expect(page).not.toHaveURL(/layout=/);
  await expect(safeguards.getByRole("table", { name: "Side by side" })).toBeVisible();
  expect(new URL(page.url()).search).toBe(new URL(address).search);
});

test("without JavaScript the view links and the Compare button still change the view", async ({ page, browser }) => {
  const address = await openComparison(page);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(address);
  await plain.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Inline" }).click();
  await expect(plain).toHaveURL(/layout=inline/);
  await expect(safeguardsPair(plain).getByRole("table", { name: "Side by side" })).toHaveCount(0);
  await plain.getByLabel("Only articles whose text changed").check();
  await plain.getByRole("button", { name: "Compare" }).click();
  await expect(plain).toHaveURL(/only=changed/);
  await expect(plain).toHaveURL(/layout=inline/);
  await expect(plain.locator('article[data-pair-kind="unchanged"]')).toHaveCount(0);
  await context.close();
});

test("a pair's link names its articles, survives filters and realignment, and n goes on from there", async ({ page }) => {
  const address = await openComparison(page);
  const safeguards = safeguardsPair(page);
  await expect(safeguards).toHaveAttribute("id", SAFEGUARDS);
  await expect(safeguards.getByRole("link", { name: "Link to this pair" })).toHaveAttribute("href", `#${SAFEGUARDS}`);

  // Opened from a shared link, the pair is in view; the next change is the pair's first, and the address stays on it.
  await page.goto(`${address}#${SAFEGUARDS}`);
  await expect(safeguards).toBeInViewport();
  await nextChange(page);
  await expect(safeguards.locator("[data-change]:focus")).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`#${SAFEGUARDS}$`));
  // Moving on to another pair's change, the address follows.
  const pairOfFocus = () => page.locator("[data-change]:focus").evaluate((change) => change.closest("[data-pair-number]")!.id);
  while ((await pairOfFocus()) === SAFEGUARDS) await page.keyboard.press("n");
  await expect(page).toHaveURL(new RegExp(`#${await pairOfFocus()}$`));

  // Filters leave the link as it was.
  await page.goto(`${address}&only=changed#${SAFEGUARDS}`);
  await expect(safeguards).toBeInViewport();

  // A link to a pairing the alignment no longer makes goes to the pair that now holds the earlier article, and says so.
  await page.goto(`${address}#article-23-to-article-99`);
  await expect(page).toHaveURL(new RegExp(`#${SAFEGUARDS}$`));
  await expect(safeguards).toBeInViewport();

  // An old numbered link still finds its pair.
  const number = await safeguards.getAttribute("data-pair-number");
  await page.goto(`${address}#pair-${number}`);
  await expect(page).toHaveURL(new RegExp(`#${SAFEGUARDS}$`));
  await expect(safeguards).toBeInViewport();
});

test("a link to a pair the filters hide says so near the top, and Show it turns those filters off and takes the reader to the pair", async ({ page, browser }) => {
  const address = await openComparison(page);
  const safeguards = safeguardsPair(page);
  const notice = page.getByRole("status", { name: "Linked pair hidden" });
  // Shared from a view of the changed articles that mention confiscation: the safeguards pair is changed but says nothing of it.
  const hiding = `${address}&only=changed&q=confiscation`;
  await page.goto(`${hiding}#${SAFEGUARDS}`);
  await expect(notice).toContainText("Article 23 → Article 26 is hidden by the filters.");
  await expect(notice).toContainText("Showing it turns off the search.");
  await expect(notice).toBeInViewport();
  await expect(safeguards).toHaveCount(0);

  // By keyboard: the notice has the focus, Tab reaches Show it.
  await expect(notice).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(notice.getByRole("button", { name: "Show it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(safeguards).toBeFocused();
  await expect(safeguards).toBeInViewport();
  await expect(notice).toHaveCount(0);
  // Only the search is turned off: the address and the form say so, the pair's address stays.
  await expect(page).toHaveURL(new RegExp(`only=changed#${SAFEGUARDS}$`));
  expect(new URL(page.url()).searchParams.get("q")).toBeNull();
  await expect(page.getByLabel("Search in articles")).toHaveValue("");
  await expect(page.getByLabel("Only articles whose text changed")).toBeChecked();

  // An old numbered link to a hidden pair is told the same, under the pair's name.
  const number = await safeguards.getAttribute("data-pair-number");
  await page.goto(`${hiding}#pair-${number}`);
  await expect(page).toHaveURL(new RegExp(`#${SAFEGUARDS}$`));
  await expect(notice).toContainText("Article 23 → Article 26 is hidden by the filters.");
  await notice.getByRole("button", { name: "Show it" }).click();
  await expect(safeguards).toBeFocused();

  // Arrived at the pair, the reader searches for words it does not have: the address still names it, and the notice says it is hidden, leaving the focus in the search.
  await page.goto(`${address}#${SAFEGUARDS}`);
  await expect(safeguards).toBeInViewport();
  const search = page.getByLabel("Search in articles");
  await search.fill("confiscation");
  await expect(page).toHaveURL(new RegExp(`q=confiscation#${SAFEGUARDS}$`));
  await expect(notice).toContainText("Article 23 → Article 26 is hidden by the filters.");
  await expect(search).toBeFocused();
  await notice.getByRole("button", { name: "Show it" }).click();
  await expect(safeguards).toBeFocused();
  await expect(search).toHaveValue("");

  // Without JavaScript, the notice is where the link lands, and Show it is a link to the view that shows the pair.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(`${hiding}#${SAFEGUARDS}`);
  const plainNotice = plain.getByRole("region", { name: "Linked pair hidden" });
  await expect(plainNotice).toHaveCount(1);
  await expect(plainNotice).toBeVisible();
  await expect(plainNotice).toContainText("Article 23 → Article 26 is hidden by the filters.");
  await plainNotice.getByRole("link", { name: "Show it" }).click();
  await expect(plain).toHaveURL(new RegExp(`only=changed#${SAFEGUARDS}$`));
  await expect(safeguardsPair(plain)).toBeInViewport();
  await context.close();
});

/** These words of one side of a pair: where their line begins is where the reader finds them. */
const wordsOn = (pair: Locator, side: "Before" | "After", words: string) =>
  pair.getByRole("cell").locator("[data-provision-id]").filter({ hasText: words }).nth(side === "Before" ? 0 : 1);

test("a merged article is compared paragraph by paragraph, each earlier paragraph named with its article, both columns level", async ({ page }) => {
  await openComparison(page);
  const merged = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Art\. 26 \+ Art\. 27 → Art\. 29/ }) });
  const shared = "A State Party may, within the limits of its domestic law";
  await expect(wordsOn(merged, "After", shared)).toBeVisible();
  await expectLevel(wordsOn(merged, "Before", shared), wordsOn(merged, "After", shared));
  // Article 27's first paragraph became paragraph 6 of Article 29: one row, named on each side.
  await expect(merged.getByRole("cell").filter({ hasText: shared })).toHaveText([new RegExp(`^Art\\. 27, 1\\.\\s*${shared}`), new RegExp(`^6\\.\\s*${shared}`)]);
  await expect(merged.getByRole("cell").filter({ hasText: /^Art\. 26, 1\./ })).toHaveCount(1);
  // Inline, the same rows under the new article's numbers.
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Inline" }).click();
  await expect(merged.locator(".provision-label")).toHaveText(["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
});

test("side by side, an item after a lengthened one starts level on both sides", async ({ page }) => {
  const treaty = `Rows test convention ${Date.now()}`;
  await signIn(page, "editor@draftwatch.example");
  const kept = "Ensure an effective remedy.";
  const draft = (a: string) => `Article 1\nScope of the measures\n\n1. Each State Party shall:\n(a) ${a}\n(b) ${kept}\n`;
  const longer = "Protect privacy, the freedom of expression, the freedom of peaceful assembly and of association, and the right to a fair trial, in accordance with its obligations under international human rights law and with the principles of legality, necessity and proportionality;";
  const first = await importDraft(page.request, { treaty, title: "First draft", date: "2031-01-01", text: draft("Protect privacy;") });
  const second = await importDraft(page.request, { treaty, title: "Second draft", date: "2031-06-01", text: draft(longer) });
  await page.goto(`/compare?from=${first}&to=${second}`);
  const pair = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Scope of the measures/ }) });
  await expect(wordsOn(pair, "After", kept)).toBeVisible();
  await expectLevel(wordsOn(pair, "Before", kept), wordsOn(pair, "After", kept));
});
