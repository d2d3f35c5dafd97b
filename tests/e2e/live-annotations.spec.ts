import { expect, test } from "@playwright/test";
import { annotate, annotationCard, openAs, revisedDraftUrl } from "./helpers/annotate";
import { signIn } from "./helpers/sign-in";

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("colleagues see each other's annotations and replies appear without reloading; another organisation does not", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signIn(page, "ha.nguyen@rights-coalition.example");
  const draftUrl = await revisedDraftUrl(page);
  // Both colleagues and the outsider have the draft open before anything is written.
  const daniel = await openAs(browser, "daniel.okafor@rights-coalition.example", draftUrl);
  const sofia = await openAs(browser, "sofia.ramirez@ohchr.example", draftUrl);
  // Let their event streams connect.
  await daniel.waitForTimeout(1000);

  const body = unique("Live from Hà");
  const card = await annotate(page, "international human rights law", body, { visibility: "My organisation" });
  await expect(card).toBeVisible();

  // Daniel did not reload: the annotation arrives by itself.
  const seenByDaniel = annotationCard(daniel, body);
  await expect(seenByDaniel).toBeVisible({ timeout: 15_000 });
  await seenByDaniel.getByRole("textbox", { name: "Reply" }).click();
  await seenByDaniel.getByRole("textbox", { name: "Reply" }).pressSequentially("Seen live, agreed.");
  await seenByDaniel.getByRole("button", { name: "Post reply" }).click();

  // Hà did not reload either: the reply arrives.
  await expect(annotationCard(page, body)).toContainText("Seen live, agreed.", { timeout: 15_000 });

  // Sofía's page received nothing about an annotation for another organisation.
  await sofia.waitForTimeout(1500);
  await expect(annotationCard(sofia, body)).toHaveCount(0);
  await expect(sofia.getByTestId("live-annotations")).toHaveText("");
});
