import { expect, test, type Locator, type Page } from "@playwright/test";
import { sampleDrafts } from "../../prisma/demo/sample-treaty";
import { annotationCard, marginHead, selectWords, writeBody } from "./helpers/annotate";
import { tokenFor } from "./helpers/api-token";
import { postAnnotation } from "./helpers/seed-annotations";
import { signIn } from "./helpers/sign-in";

const arabic = sampleDrafts.find((d) => d.language === "ar")!;
const revised = sampleDrafts.find((d) => d.file.startsWith("sample-3") && d.language === "en")!;
const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openDraft(page: Page, title: string) {
  await page.goto("/");
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The article's text and the margin beside it: the two cells of its row. */
async function boxes(card: Locator) {
  const margin = card.locator("xpath=ancestor::aside[1]");
  const text = margin.locator("xpath=preceding-sibling::div[1]");
  return { margin: (await margin.boundingBox())!, text: (await text.boundingBox())! };
}

test("each article's annotations stand beside it, level with its top, and are reached by the keyboard after its text", async ({ page }) => {
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await openDraft(page, revised.title);
  const article = page.locator("#article-26");
  const margin = page.getByRole("complementary", { name: /^Annotations on Article 26/ });
  await expect(margin.getByRole("article").first()).toBeVisible();
  const { margin: beside, text } = await boxes(margin.getByRole("article").first());
  expect(beside.x).toBeGreaterThan(text.x + text.width - 1);
  expect(Math.abs(beside.y - text.y)).toBeLessThan(2);

  // Tab from the article's last link into its margin, before anything of the next article.
  await article.getByRole("link", { name: /Clause history/ }).focus();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await margin.evaluate((element) => element.contains(document.activeElement));
    expect(await page.locator("#article-27").evaluate((element) => element.contains(document.activeElement))).toBe(false);
  }
  expect(reached).toBe(true);

  // The filters narrow every article's margin at once.
  await page.goto(`${new URL(page.url()).pathname}?stance=PROPOSAL&status=RESOLVED&author=nobody`);
  await expect(marginHead(page)).toContainText("No annotation matches these filters.");
  await expect(page.getByRole("complementary", { name: /^Annotations on / })).toHaveCount(0);
});

test("on the Arabic draft the margin stands on the left of each article", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "ha.nguyen@rights-coalition.example");
  await openDraft(page, arabic.title);
  const words = "الشروط والضمانات";
  const paragraph = page.locator("[data-provision-id]").filter({ hasText: words }).first();
  const button = page.getByRole("button", { name: "Annotate selection" });
  await expect(async () => {
    await selectWords(paragraph, words);
    await expect(button).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "New annotation" });
  const note = unique("Which review comes first");
  await writeBody(dialog.getByRole("textbox", { name: "Annotation" }), note, "");
  await dialog.getByLabel("Question", { exact: true }).check();
  await dialog.getByLabel("Only me", { exact: true }).check();
  await dialog.getByRole("button", { name: "Save annotation" }).click();
  await expect(dialog).toBeHidden();

  const card = annotationCard(page, note);
  await expect(card).toBeVisible();
  const { margin, text } = await boxes(card);
  expect(margin.x + margin.width).toBeLessThan(text.x + 1);
  expect(Math.abs(margin.y - text.y)).toBeLessThan(2);
  await expect(card.locator("xpath=ancestor::aside[1]")).toHaveAttribute("dir", "ltr");
  await expect(page.locator(`mark[data-annotations~="${(await card.getAttribute("id"))!.replace("annotation-card-", "")}"]`)).toHaveText(words);
  await card.getByRole("button", { name: /^Delete / }).click();
  await card.getByRole("button", { name: "Delete annotation" }).click();
  await expect(annotationCard(page, note)).toHaveCount(0);
});

test("an article with many annotations shows its latest ten, and all of them on request", async ({ browser, page, request }) => {
  test.setTimeout(90_000);
  const daniel = await tokenFor(browser, "daniel.okafor@rights-coalition.example");
  const batch = unique("Batch");
  for (let i = 1; i <= 11; i++) {
    await postAnnotation(request, daniel.auth, daniel.draftId, {
      article: "Illegal access", paragraph: "1.", words: "without right", body: `${batch} note ${i}`, stance: "QUESTION", sourceKind: "ACADEMIC",
    });
  }
  await signIn(page, "daniel.okafor@rights-coalition.example");
  await openDraft(page, revised.title);
  const margin = page.getByRole("complementary", { name: /^Annotations on Article 7/ });
  await expect(margin.getByText(/^The latest 10 of \d+\./)).toBeVisible();
  await expect(margin.getByText(`${batch} note 11`)).toBeVisible();
  await expect(margin.getByText(`${batch} note 1`, { exact: true })).toHaveCount(0);
  await margin.getByRole("link", { name: /^Show all \d+$/ }).click();
  await expect(page).toHaveURL(/[?&]all=article-7#article-7$/);
  await expect(page.getByRole("complementary", { name: /^Annotations on Article 7/ }).getByText(`${batch} note 1`, { exact: true })).toBeVisible();
});
