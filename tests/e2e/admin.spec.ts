import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("an admin creates a user, who can then sign in, and changes their role", async ({ page, browser }) => {
  const email = `new.analyst.${Date.now()}@rights-coalition.example`;
  await signIn(page, "admin@draftwatch.example");
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

  const form = page.locator("form", { has: page.getByRole("button", { name: "Create user" }) });
  await form.getByLabel("Name").fill("Mai Trần");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Organisation").selectOption({ label: "Digital Rights Coalition (sample NGO)" });
  await form.getByLabel("Role").selectOption("ANALYST");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toContainText("at least 10 characters");
  // Nothing typed is lost on a refusal.
  await expect(form.getByLabel("Name")).toHaveValue("Mai Trần");
  await expect(form.getByLabel("Email")).toHaveValue(email);

  await form.getByLabel("Initial password").fill("a-long-initial-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`Created ${email}`);
  const row = page.getByRole("row", { name: new RegExp(email.replace(/[.]/g, "\\.")) });
  await expect(row).toContainText("Mai Trần");

  await form.getByLabel("Name").fill("Someone else");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("a-long-initial-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toContainText("already exists");

  await row.getByLabel(/Role of Mai Trần/).selectOption("EDITOR");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Role changed to editor.");

  const other = await browser.newContext();
  const newUser = await other.newPage();
  await newUser.goto("/signin");
  await newUser.getByLabel("Email").fill(email);
  await newUser.getByLabel("Password").fill("a-long-initial-password");
  await newUser.getByRole("button", { name: "Sign in" }).click();
  await expect(newUser.getByRole("navigation", { name: "Main" })).toContainText("Mai Trần · editor");
  await other.close();
});

test("only admins reach the users page", async ({ page }) => {
  await signIn(page, "editor@draftwatch.example");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});
