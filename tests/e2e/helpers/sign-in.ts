import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/demo/accounts";

/** Signs in through the form, as a user would, and waits for the signed-in header. */
export async function signIn(page: Page, email: string, returnTo = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
