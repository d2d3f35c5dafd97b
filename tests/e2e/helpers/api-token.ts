import type { Browser } from "@playwright/test";
import { sampleDrafts } from "../../../prisma/demo/sample-treaty";
import { signIn } from "./sign-in";

const revised = sampleDrafts.find((d) => d.file === "sample-3-revised.en.txt")!;

/** Signs `email` in, in a context of its own, and makes a personal API token on the settings page. */
export async function tokenFor(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByLabel("New API token").textContent())!.trim();
  await page.goto("/");
  const draftId = (await page.getByRole("link", { name: revised.title, exact: true }).getAttribute("href"))!.split("/").pop()!;
  return { context, page, token, draftId, auth: { Authorization: `Bearer ${token}` } };
}
