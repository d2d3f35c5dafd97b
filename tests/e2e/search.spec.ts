import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("an analyst searches drafts and annotations in Vietnamese and English", async ({ page }) => {
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await page.getByRole("link", { name: "Search", exact: true }).click();
  await page.getByLabel("Search drafts and annotations").fill("quyền riêng tư");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  const inAnnotations = page.getByRole("region", { name: /In annotations/ });
  await expect(inAnnotations.getByRole("listitem").first()).toBeVisible();
  await expect(inAnnotations.locator("mark").first()).toContainText(/quyền|riêng|tư/i);

  await page.getByLabel("Search drafts and annotations").fill('"conditions and safeguards"');
  await page.getByRole("button", { name: "Search" }).click();
  const inDrafts = page.getByRole("region", { name: /In drafts/ });
  await inDrafts.getByRole("link", { name: /Conditions and safeguards/ }).first().click();
  await expect(page).toHaveURL(/\/drafts\/[^#]+#article-\d+/);
});

test("an analyst finds Arabic words written with a clitic in front", async ({ page }) => {
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await page.goto("/search");
  await page.getByLabel("Search drafts and annotations").fill("الضمانات");
  await page.getByRole("button", { name: "Search" }).click();
  const inDrafts = page.getByRole("region", { name: /In drafts/ });
  // The Arabic draft writes "والضمانات": found and marked as written.
  await expect(inDrafts.locator("mark").filter({ hasText: /^والضمانات$/ }).first()).toBeVisible();
});
