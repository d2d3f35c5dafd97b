import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("an editor adds and renames a tag of the shared taxonomy; an analyst only reads it", async ({ page, browser }) => {
  const name = `Encryption ${Date.now()}`;
  await signIn(page, "editor@draftwatch.example");
  await page.getByRole("link", { name: "Tags", exact: true }).click();
  await page.getByLabel("New tag").fill("Safeguards");
  await page.getByRole("button", { name: "Add tag" }).click();
  const createForm = page.locator("form", { has: page.getByRole("button", { name: "Add tag" }) });
  await expect(createForm.getByRole("alert")).toContainText("already exists");
  await expect(page.getByLabel("New tag")).toHaveValue("Safeguards");
  await page.getByLabel("New tag").fill(name);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(createForm.getByRole("status")).toContainText(`Tag “${name}” added.`);
  await page.getByLabel(`Name of the tag ${name}`).fill(`${name} and anonymity`);
  await page.getByLabel(`Name of the tag ${name}`).press("Enter");
  await expect(page.getByLabel(`Name of the tag ${name} and anonymity`)).toBeVisible();

  const other = await browser.newContext();
  const analyst = await other.newPage();
  await signIn(analyst, "sofia.ramirez@ohchr.example", "/tags");
  await expect(analyst.getByText(`${name} and anonymity`)).toBeVisible();
  await expect(analyst.getByRole("button", { name: "Add tag" })).toHaveCount(0);
  await other.close();
});
