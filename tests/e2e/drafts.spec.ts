import { expect, test, type Page } from "@playwright/test";
import { sampleDrafts, sampleTreaty } from "../../prisma/demo/sample-treaty";
import { signIn } from "./helpers/sign-in";

const revisedEnglish = sampleDrafts.find((d) => d.language === "en" && d.file.startsWith("sample-3"))!;
const revisedArabic = sampleDrafts.find((d) => d.language === "ar")!;

async function openDraftFromHome(page: Page, title: string) {
  const sample = page.getByRole("region", { name: new RegExp(sampleTreaty.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await sample.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("an analyst opens a draft from the home page and jumps to its safeguards article", async ({ page }) => {
  await signIn(page, "daniel.okafor@rights-coalition.example");
  await expect(page.getByRole("heading", { name: "Treaties and drafts", level: 1 })).toBeVisible();
  // The real negotiation's timeline, in English and Arabic, with no draft until editors import one.
  const real = page.getByRole("region", { name: "United Nations Convention against Cybercrime" });
  await expect(real.getByText("No draft imported yet.")).toBeVisible();
  await expect(real.locator('[lang="ar"][dir="rtl"]').first()).toBeVisible();

  await openDraftFromHome(page, revisedEnglish.title);
  await expect(page.getByText("Sample text").first()).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Table of contents" });
  // Next's router rewrites the address when the page hydrates, dropping a fragment clicked before it: click again until it stays.
  await expect(async () => {
    await contents.getByRole("link", { name: /Article 26\. Conditions and safeguards/ }).click();
    await expect(page).toHaveURL(/#article-26$/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const article = page.locator("section#article-26");
  await expect(article.getByRole("heading", { name: /Article 26\s*Conditions and safeguards/ })).toBeInViewport();
  await expect(article).toContainText("proportionality");
  await expect(article.locator("#article-26-1")).toBeVisible();
});

test("the Arabic draft is laid out right to left", async ({ page }) => {
  await signIn(page, "sofia.ramirez@ohchr.example");
  await openDraftFromHome(page, revisedArabic.title);
  const text = page.getByRole("article", { name: "Draft text" });
  await expect(text).toHaveAttribute("lang", "ar");
  expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  // The contents column stands on the right of the text, where an Arabic reader starts.
  const contentsBox = await page.getByRole("navigation", { name: "Table of contents" }).boundingBox();
  const textBox = await text.boundingBox();
  expect(contentsBox!.x).toBeGreaterThan(textBox!.x + textBox!.width - 1);
  const article = text.locator("section#article-26");
  await expect(article).toContainText("المادة 26");
  // Right to left: the article's heading is centred and its first paragraph starts at the right edge.
  const paragraph = article.locator("#article-26-1 p").first();
  const [box, container] = await Promise.all([paragraph.boundingBox(), article.boundingBox()]);
  expect(box && container && Math.abs(box.x + box.width - (container.x + container.width))).toBeLessThan(2);
  const label = paragraph.locator(".provision-label");
  const [labelBox] = await Promise.all([label.boundingBox()]);
  expect(labelBox && box && labelBox.x + labelBox.width).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0) - 60);
});

test("a draft that does not exist gets the 404 page", async ({ page }) => {
  await signIn(page, "viewer@draftwatch.example");
  const response = await page.goto("/drafts/no-such-draft");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});
