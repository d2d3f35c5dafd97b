import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo/accounts";
import { signIn } from "./helpers/sign-in";

test("a visitor who is not signed in is sent to sign-in, and comes back after", async ({ page }) => {
  for (const path of ["/", "/drafts/some-draft", "/admin/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.getByRole("heading", { name: "Sign in to Draftwatch" })).toBeVisible();
  }
  await page.getByLabel("Email").fill("viewer@draftwatch.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The last protected page asked for was /admin/users: a viewer may not see it, so it does not exist for them.
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("a wrong password is refused with a message, and nothing else happens", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("ha.nguyen@rights-coalition.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is not right.");
  await expect(page).toHaveURL(/\/signin/);
});

test("a user signs in, sees who they are, and signs out", async ({ page }) => {
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Nguyễn Thu Hà · analyst · Digital Rights Coalition (sample NGO)");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("an unknown address gets the 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});
