import { expect, test } from "@playwright/test";
import { annotate, annotationCard, openAs, postReply, revisedDraftUrl } from "./helpers/annotate";
import { signIn } from "./helpers/sign-in";

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an analyst rewrites their reply and then deletes it, the history keeps both; a colleague cannot change it", async ({ browser, page }) => {
  test.setTimeout(90_000);
  await signIn(page, "ha.nguyen@rights-coalition.example");
  const draftUrl = await revisedDraftUrl(page);
  const body = unique("Who reviews the order?");
  await annotate(page, "international human rights law", body, { visibility: "My organisation" });

  const daniel = await openAs(browser, "daniel.okafor@rights-coalition.example", draftUrl);
  const card = annotationCard(daniel, body);
  await postReply(card, "A court, in the 2023 text.");
  const replies = card.getByRole("list", { name: "Replies" });
  await expect(replies).toContainText("A court, in the 2023 text.");

  await replies.getByRole("button", { name: /^Edit your reply/ }).click();
  const editor = replies.getByRole("textbox", { name: "Reply" });
  await expect(editor).toBeFocused();
  await editor.press("End");
  await editor.pressSequentially(" Only for stored data.");
  await replies.getByRole("button", { name: "Save reply" }).click();
  await expect(replies).toContainText("A court, in the 2023 text. Only for stored data.");
  await expect(replies).toContainText("edited");
  await expect(replies.getByRole("textbox", { name: "Reply" })).toHaveCount(0);

  // Hà wrote the annotation, not the reply: she may not change it.
  await page.reload();
  const hasView = annotationCard(page, body);
  await expect(hasView.getByRole("list", { name: "Replies" })).toContainText("Only for stored data.");
  await expect(hasView.getByRole("list", { name: "Replies" }).getByRole("button", { name: /^(Edit|Delete) your reply/ })).toHaveCount(0);

  await replies.getByRole("button", { name: /^Delete your reply/ }).click();
  await replies.getByRole("button", { name: "Delete reply" }).click();
  await expect(card.getByRole("list", { name: "Replies" })).toHaveCount(0);

  await card.getByText("History").click();
  const revision = (change: string) => card.getByRole("listitem").filter({ hasText: change });
  await expect(revision("Reply edited").locator("ins")).toHaveText(" Only for stored data.");
  await expect(revision("Reply deleted").locator("del")).toHaveText("A court, in the 2023 text. Only for stored data.");
});
