import { expect, test, type Page } from "@playwright/test";
import { compareZeroAndRevised, safeguardsPair } from "./helpers/compare";
import { signIn } from "./helpers/sign-in";

/** Opens the compare page from the menu, as a reader does, and compares the zero and revised drafts. */
async function openComparison(page: Page) {
  await page.getByRole("link", { name: "Compare", exact: true }).click();
  await compareZeroAndRevised(page);
}

test("an analyst compares two demo drafts, finds the renumbered safeguards article, reads it inline and follows its history", async ({ page }) => {
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await openComparison(page);

  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("31 articles before, 34 after");
  await expect(summary.getByText("renumbered")).toBeVisible();

  const safeguards = safeguardsPair(page);
  await expect(safeguards).toContainText("Renumbered: Art. 23 → Art. 26");
  await expect(safeguards.getByRole("table", { name: "Side by side" })).toBeVisible();
  await expect(safeguards.locator("ins").first()).toBeVisible();
  // A reordered paragraph shows as moved, not as deleted and inserted.
  await expect(safeguards.getByText("moved", { exact: true }).first()).toBeVisible();

  // Keyboard: the next change gets the focus.
  // Until the page has hydrated, the key has no listener yet: press again until it does.
  await expect(async () => {
    await page.keyboard.press("n");
    await expect(page.locator("[data-change]:focus")).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  // The view and the filter apply as they change: no need to press Compare.
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Inline" }).click();
  await expect(page).toHaveURL(/layout=inline/);
  await page.getByLabel("Only articles whose text changed").check();
  await expect(page).toHaveURL(/only=changed/);
  await expect(safeguards.getByRole("table", { name: "Side by side" })).toHaveCount(0);
  await expect(safeguards.locator("del").first()).toBeVisible();
  await expect(page.locator('article[data-pair-kind="unchanged"]')).toHaveCount(0);

  await safeguards.getByRole("link", { name: "Clause history" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Conditions and safeguards");
  const steps = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("Article 24");
  await expect(steps.nth(1)).toContainText("Article 23");
  await expect(steps.nth(2)).toContainText("Article 26");
});

test("an editor corrects a pair and the correction survives recomputation", async ({ page }) => {
  await signIn(page, "editor@draftwatch.example");
  await openComparison(page);
  const pair = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Statement of purpose/ }) }).first();
  await pair.getByText("Correct this pair").click();
  await pair.getByRole("button", { name: "Confirm this pair" }).click();
  // The pair's annotations (other tests may add some) have a status line of their own.
  await expect(pair.getByRole("status").filter({ hasText: "Pair confirmed: recomputing will keep it." })).toBeVisible();
  await page.getByRole("button", { name: "Recompute alignment" }).click();
  await expect(page.getByText("Alignment computed again; confirmed pairs were kept.")).toBeVisible();
  await expect(pair.getByText("confirmed", { exact: true })).toBeVisible();
});

test("the compare API answers signed-in users and refuses visitors", async ({ page, request }) => {
  const refused = await request.get("/api/compare?from=a&to=b");
  expect(refused.status()).toBe(401);
  await signIn(page, "viewer@draftwatch.example");
  await page.goto("/compare");
  const from = await page.getByLabel("Earlier draft").inputValue();
  const to = await page.getByLabel("Later draft").inputValue();
  const response = await page.request.get(`/api/compare?from=${from}&to=${to}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.summary.articles.to).toBeGreaterThan(0);
  expect(body.pairs[0]).toEqual(expect.objectContaining({ from: expect.any(Array), to: expect.any(Array), kind: expect.any(String), score: expect.any(Number), ops: expect.any(Array) }));
  const bad = await page.request.get(`/api/compare?from=${from}&to=${from}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("two different drafts");
});

test("viewers see no alignment controls", async ({ page }) => {
  await signIn(page, "viewer@draftwatch.example");
  await page.goto("/compare");
  await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
  await expect(page.getByText("Correct this pair")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Recompute alignment" })).toHaveCount(0);
});
