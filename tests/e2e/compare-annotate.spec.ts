import { expect, test, type Locator, type Page } from "@playwright/test";
import { postReply, selectWords, writeBody } from "./helpers/annotate";
import { compareZeroAndRevised, safeguardsPair } from "./helpers/compare";
import { signIn } from "./helpers/sign-in";

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openComparison(page: Page) {
  await page.goto("/compare");
  await compareZeroAndRevised(page);
  return safeguardsPair(page);
}

/** Selects words in one side's cell and saves a private annotation on them from the dialog. */
async function annotateIn(page: Page, cell: Locator, words: string, body: string) {
  const button = page.getByRole("button", { name: "Annotate selection" });
  // Until the page has hydrated nothing follows the selection: select again until the button shows.
  await expect(async () => {
    await selectWords(cell.locator("[data-provision-id]").filter({ hasText: words.split(" ")[0]! }).first(), words);
    await expect(button).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "New annotation" });
  await expect(dialog.getByRole("figure")).toContainText(words);
  await writeBody(dialog.getByRole("textbox", { name: "Annotation" }), body, " (written on the compare page)");
  await dialog.getByLabel("Question", { exact: true }).check();
  await dialog.getByLabel("Only me", { exact: true }).check();
  await dialog.getByRole("button", { name: "Save annotation" }).click();
  await expect(dialog).toBeHidden();
}

test("an analyst annotates the earlier draft on the left and the later draft on the right of a comparison", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "ha.nguyen@rights-coalition.example");
  const safeguards = await openComparison(page);
  const zeroDraftId = new URL(page.url()).searchParams.get("from")!;

  // Left: words of the zero draft, across a deletion ("consider") and unchanged words.
  const left = safeguards.getByRole("cell").filter({ hasText: "consider the effect" });
  const oldWords = "consider the effect of the powers";
  const oldNote = unique("Why was review by a court dropped");
  await annotateIn(page, left, oldWords, oldNote);
  const oldCard = safeguards.locator('article[id^="annotation-card-before-"]').filter({ hasText: oldNote });
  await expect(oldCard).toBeVisible();
  await expect(oldCard).toContainText("Visible to: Only me");
  const oldId = (await oldCard.getAttribute("id"))!.replace("annotation-card-before-", "");
  // Marked on the old draft's words, the deleted one included; the card links to where the marks begin.
  await expect(left.locator(`mark[data-annotations~="${oldId}"]`)).toHaveText(["consider", " the effect of the powers"]);
  await expect(left.locator(`#annotation-before-${oldId}`)).toHaveCount(1);
  await expect(oldCard.getByRole("link", { name: oldWords })).toHaveAttribute("href", `#annotation-before-${oldId}`);

  // Right: words the revised draft inserted.
  const right = safeguards.getByRole("cell").filter({ hasText: "including service providers" }).last();
  const newWords = "including service providers and their users";
  const newNote = unique("Service providers need safeguards of their own");
  await annotateIn(page, right, newWords, newNote);
  const newCard = safeguards.locator('article[id^="annotation-card-after-"]').filter({ hasText: newNote });
  await expect(newCard).toBeVisible();
  const newId = (await newCard.getAttribute("id"))!.replace("annotation-card-after-", "");
  await expect(right.locator(`mark[data-annotations~="${newId}"]`)).toHaveText([newWords]);
  await expect(right.locator(`mark[data-annotations~="${newId}"]`).locator("xpath=ancestor::ins")).toHaveCount(1);

  // The thread works here as on the draft page.
  await postReply(newCard, "And their users' data.");
  await expect(newCard.getByRole("list", { name: "Replies" })).toContainText("their users' data");

  // The left-side annotation stands on the zero draft's own text: its draft page shows it there.
  await page.goto(`/drafts/${zeroDraftId}`);
  await expect(page.locator(`#annotation-${oldId}`)).toHaveCount(1);
  await expect(page.locator("#article-23").locator(`mark[data-annotations~="${oldId}"]`)).toHaveText(oldWords);
});

test("a viewer reads annotations on a comparison but has nothing to annotate with", async ({ page }) => {
  await signIn(page, "viewer@draftwatch.example");
  const safeguards = await openComparison(page);
  // A pair's cards load as the reader nears it.
  await safeguards.scrollIntoViewIfNeeded();
  // Public demo annotations on the safeguards article, carried forward: on both sides.
  await expect(safeguards.locator('article[id^="annotation-card-before-"]').first()).toBeVisible();
  await expect(safeguards.locator('article[id^="annotation-card-after-"]').first()).toBeVisible();
  await expect(safeguards.locator("mark.annotation-highlight").first()).toBeVisible();
  await selectWords(safeguards.getByRole("cell").filter({ hasText: "consider the effect" }).locator("[data-provision-id]").first(), "consider the effect");
  await page.waitForTimeout(300); // a frame or two for the selection to be read, were it to show anything
  await expect(page.getByRole("button", { name: "Annotate selection" })).toHaveCount(0);
});
